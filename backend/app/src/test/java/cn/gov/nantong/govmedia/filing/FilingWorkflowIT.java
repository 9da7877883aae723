package cn.gov.nantong.govmedia.filing;

import static cn.gov.nantong.govmedia.filing.FilingRequests.account;
import static cn.gov.nantong.govmedia.filing.FilingRequests.open;
import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import cn.gov.nantong.govmedia.support.Workbooks;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
/** The filing workflow of Art 15, 16 and 35 (the register's rules that filings enforce: {@link AccountRulesIT}). */
@IntegrationTest
class FilingWorkflowIT extends FilingTestBase {

    @Test
    void withoutAProvincialSystemConfiguredEveryStaffRoleIsToldDeliveryIsOff() {
        web.get().uri("/api/v1/sync/status").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.deliveryEnabled").isEqualTo(false)
                .jsonPath("$.message").value(message -> assertThat(message.toString()).startsWith("省级报送未开启"));
    }

    @Test
    @Tag("15.1")
    void art15OpenGoesToTheCompetentAuthorityWhichApprovesIt() {
        FilingResponse filing = requests.filed(TestTokens.ccOperator(), open(account("WECHAT_OFFICIAL", "崇川教育")));
        assertThat(filing.status()).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(filing.authorityOrganizationName()).isEqualTo("南通市崇川区人民政府办公室");
        assertThat(filing.provincialDeadline()).isAfter(filing.receivedOn());
        assertThat(filing.deadlineState()).isEqualTo(DeadlineState.ON_TIME);
        web.get().uri("/api/v1/calendar/working-days?from={from}&days=3", filing.receivedOn())
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectBody().jsonPath("$.date").isEqualTo(filing.provincialDeadline().toString());
        web.get().uri("/api/v1/accounts/{id}", filing.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PENDING_FILING");

        web.get().uri("/api/v1/filings?decidableByMe=true&status=SUBMITTED").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectBody().jsonPath("$.items[?(@.id == " + filing.id() + ")]").exists();
        web.get().uri("/api/v1/filings?decidableByMe=true").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectBody().jsonPath("$.items[?(@.id == " + filing.id() + ")]").doesNotExist();
        requests.decide(TestTokens.ccOperator(), filing.id(), "APPROVE", null).expectStatus().isForbidden();
        requests.decide(TestTokens.ccSupervisor(), filing.id(), "APPROVE", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED").jsonPath("$.decidedBy").isEqualTo("cc-supervisor");
        web.get().uri("/api/v1/accounts/{id}", filing.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
        requests.decide(TestTokens.ccSupervisor(), filing.id(), "RETURN", "晚了").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("FILING_ALREADY_DECIDED");
        web.get().uri("/api/v1/accounts/{id}/history", filing.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].action").isEqualTo("REGISTER")
                .jsonPath("$[1].action").isEqualTo("ACTIVATE")
                .jsonPath("$[1].actor").isEqualTo("cc-supervisor")
                .jsonPath("$[1].after.status").isEqualTo("ACTIVE");
        web.get().uri("/api/v1/accounts/{id}/history", filing.accountId()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/audit-events?entityType=filing&entityId={id}", filing.id())
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2);
    }

    @Test
    void anAnnouncementDateSentWithAnOpenIsIgnoredAndTheApprovalIsReported() {
        Map<String, Object> body = new HashMap<>(open(account("DOUYIN", "如东文旅抖音")));
        body.put("announcementStartsOn", "2026-12-01");
        FilingResponse filing = requests.filed(TestTokens.rdOperator(), body);
        assertThat(filing.announcementStartsOn()).isNull();
        requests.decide(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"), filing.id(), "APPROVE", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED");
    }

    @Test
    @DisplayName("Art 35: a legacy account is the host's to file within 20 working days of 2019-10-10 or of the day it was found; "
            + "the competent authority keeps its 3 working days")
    @Tag("35.1")
    void art35LegacyAccountsAreTheHostsToFileWithinTwentyWorkingDays() {
        Map<String, Object> body = new HashMap<>(open(account("TOUTIAO", "崇川教育头条号")));
        body.put("legacy", true);
        FilingResponse filing = requests.filed(TestTokens.ccOperator(), body);
        assertThat(filing.provincialDeadline()).isEqualTo(workingDaysAfter(filing.receivedOn().toString(), 3));
        assertThat(filing.hostDeadline()).isEqualTo(workingDaysAfter("2019-10-10", 20)).isBefore("2019-12-01");
        assertThat(filing.filedLate()).isTrue();

        String foundOn = filing.receivedOn().minusDays(2).toString();
        Map<String, Object> found = new HashMap<>(open(account("KUAISHOU", "崇川教育快手号")));
        found.put("legacy", true);
        found.put("foundOn", foundOn);
        FilingResponse recent = requests.filed(TestTokens.ccOperator(), found);
        assertThat(recent.legacyFoundOn()).isEqualTo(foundOn);
        assertThat(recent.hostDeadline()).isEqualTo(workingDaysAfter(foundOn, 20));
        assertThat(recent.filedLate()).isFalse();
        assertThat(recent.provincialDeadline()).isEqualTo(workingDaysAfter(recent.receivedOn().toString(), 3));

        Map<String, Object> notLegacy = new HashMap<>(open(account("XIAOHONGSHU", "崇川教育小红书")));
        notLegacy.put("foundOn", foundOn);
        requests.submit(TestTokens.ccOperator(), notLegacy).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("foundOn");
    }

    @Test
    @DisplayName("Art 15.3: each filing's 《政务新媒体备案登记表》 as PDF and as Excel, within scope")
    @Tag("15.3")
    void art15_3RegistrationFormAsPdfAndExcel() {
        FilingResponse filing = requests.filed(TestTokens.ccOperator(), open(account("WECHAT_CHANNELS", "崇川教育视频号")));
        byte[] xlsx = web.get().uri("/api/v1/filings/{id}/registration-form?format=XLSX", filing.id())
                .headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(Workbooks.text(xlsx)).contains("政务新媒体备案登记表", "崇川教育视频号", "微信视频号", "南通市崇川区教育体育局",
                "南通市崇川区人民政府办公室", "省级备案期限", filing.provincialDeadline().toString(), "待审核");
        web.get().uri("/api/v1/filings/{id}/registration-form", filing.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).value(pdf -> assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                        .isEqualTo("%PDF-"));
        web.get().uri("/api/v1/filings/{id}/registration-form", filing.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/filings/{id}/registration-form?format=DOC", filing.id())
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange().expectStatus().isBadRequest();
    }

    private java.time.LocalDate workingDaysAfter(String from, int days) {
        return java.time.LocalDate.parse(String.valueOf(web.get().uri("/api/v1/calendar/working-days?from={from}&days={days}", from, days)
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectBody(Map.class).returnResult().getResponseBody().get("date")));
    }

    @Test
    @DisplayName("Art 16: a closure needs its basis, an announcement starting no earlier than today or the decision, and 15 "
            + "working days of it")
    @Tag("16.1")
    @Tag("16.2")
    @Tag("16.3")
    void art16ClosureNeedsABasisAndFifteenWorkingDaysOfAnnouncement() {
        FilingResponse opened = requests.filed(TestTokens.ccOperator(), open(account("BILIBILI", "崇川教育B站")));
        requests.decide(TestTokens.ccSupervisor(), opened.id(), "APPROVE", null).expectStatus().isOk();
        java.time.LocalDate today = opened.receivedOn();
        String start = today.toString();
        java.time.LocalDate earliestEnd = workingDaysAfter(start, 15);
        Map<String, Object> basis = Map.of("type", "COLLECTIVE_DECISION", "documentNumber", "崇教体〔2026〕12号",
                "decidedOn", today.minusDays(3).toString());

        requests.submit(TestTokens.ccOperator(), Map.of("type", "CLOSE", "accountId", opened.accountId(),
                "announcementStartsOn", start, "announcementEndsOn", earliestEnd.plusDays(9).toString()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("basis");
        requests.submit(TestTokens.ccOperator(), Map.of("type", "CLOSE", "accountId", opened.accountId(), "basis", basis,
                "announcementStartsOn", start, "announcementEndsOn", earliestEnd.minusDays(1).toString()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.article").isEqualTo("Art 16")
                .jsonPath("$.code").isEqualTo("ANNOUNCEMENT_TOO_SHORT");
        requests.submit(TestTokens.ccOperator(), Map.of("type", "CLOSE", "accountId", opened.accountId(), "basis", basis,
                "announcementStartsOn", today.minusDays(1).toString(), "announcementEndsOn", earliestEnd.plusDays(9).toString()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("announcementStartsOn");
        Map<String, Object> laterDecision = Map.of("type", "COLLECTIVE_DECISION", "documentNumber", "崇教体〔2026〕13号",
                "decidedOn", today.plusDays(2).toString());
        requests.submit(TestTokens.ccOperator(), Map.of("type", "CLOSE", "accountId", opened.accountId(), "basis", laterDecision,
                "announcementStartsOn", start, "announcementEndsOn", earliestEnd.plusDays(9).toString()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("announcementStartsOn");

        FilingResponse closing = requests.filed(TestTokens.ccOperator(), Map.of("type", "CLOSE", "accountId", opened.accountId(),
                "basis", basis, "announcementStartsOn", start, "announcementEndsOn", earliestEnd.toString()));
        requests.decide(TestTokens.ccSupervisor(), closing.id(), "APPROVE", null).expectStatus().isOk();
        web.get().uri("/api/v1/accounts/{id}", opened.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectBody().jsonPath("$.status").isEqualTo("CLOSING").jsonPath("$.closesOn").isEqualTo(earliestEnd.toString());
    }

    @Test
    void aReturnNeedsAReasonAndFreesThePlatform() {
        FilingResponse filing = requests.filed(TestTokens.ccOperator(), open(account("XIAOHONGSHU", "崇川教育小红书")));
        requests.decide(TestTokens.ccSupervisor(), filing.id(), "RETURN", " ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        requests.decide(TestTokens.ccSupervisor(), filing.id(), "RETURN", "认证主体有误").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RETURNED").jsonPath("$.decisionReason").isEqualTo("认证主体有误");
        requests.filed(TestTokens.ccOperator(), open(account("XIAOHONGSHU", "崇川教育小红书")));
    }

    @Test
    @Tag("15.1")
    @Tag("6.3")
    void countiesCannotSeeOrDecideEachOthersFilings() {
        FilingResponse chongchuan = requests.filed(TestTokens.ccOperator(), open(account("MINI_PROGRAM", "崇川教育小程序")));
        web.get().uri("/api/v1/filings/{id}", chongchuan.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/accounts/{id}", chongchuan.accountId()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
        Map<String, Object> foreignHost = account("WEIBO", "冒名账号");
        foreignHost.put("hostOrganizationId", idOf("CC-EDU"));
        requests.submit(TestTokens.rdOperator(), open(foreignHost)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("account.hostOrganizationId");

        FilingResponse rudong = requests.filed(TestTokens.rdOperator(), open(account("WECHAT_OFFICIAL", "如东文旅")));
        assertThat(rudong.authorityOrganizationName()).isEqualTo("如东县人民政府办公室");
        requests.decide(TestTokens.ccSupervisor(), rudong.id(), "APPROVE", null).expectStatus().isNotFound();
        requests.decide(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"), rudong.id(), "APPROVE", null)
                .expectStatus().isOk();
        web.get().uri("/api/v1/accounts?platform=WECHAT_OFFICIAL&status=ACTIVE")
                .headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectBody().jsonPath("$.items[?(@.name == '如东文旅')]").doesNotExist();
    }

    @Test
    @Tag("15.1")
    void art15ChangeIsAppliedOnlyWhenApprovedAndStillObeysTheRules() {
        FilingResponse opened = requests.filed(TestTokens.ccOperator(), open(account("OTHER", "崇川教育号")));
        requests.decide(TestTokens.ccSupervisor(), opened.id(), "APPROVE", null).expectStatus().isOk();

        requests.submit(TestTokens.ccOperator(), Map.of("type", "CHANGE", "accountId", opened.accountId(), "changes", Map.of()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("changes");
        requests.submit(TestTokens.ccOperator(), Map.of("type", "CHANGE", "accountId", opened.accountId(),
                "changes", Map.of("operatorType", "CONTRACTED", "operatorName", "南通某某文化传媒有限公司")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.article").isEqualTo("Art 7");

        FilingResponse change = requests.filed(TestTokens.ccOperator(), Map.of("type", "CHANGE", "accountId", opened.accountId(),
                "changes", Map.of("name", "崇川教育发布", "responsiblePerson", "李强")));
        assertThat(change.changes().name()).isEqualTo("崇川教育发布");
        web.get().uri("/api/v1/accounts/{id}", opened.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectBody().jsonPath("$.name").isEqualTo("崇川教育号");
        requests.decide(TestTokens.ccSupervisor(), change.id(), "APPROVE", null).expectStatus().isOk();
        web.get().uri("/api/v1/accounts/{id}", opened.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectBody().jsonPath("$.name").isEqualTo("崇川教育发布")
                .jsonPath("$.responsiblePerson").isEqualTo("李强")
                .jsonPath("$.operatorName").isEqualTo("崇川区教育体育局办公室");
    }
}
