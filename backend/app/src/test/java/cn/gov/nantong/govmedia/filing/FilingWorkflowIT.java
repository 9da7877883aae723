package cn.gov.nantong.govmedia.filing;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The filing workflow of Art 15, 16 and 35 and the register's rules of Art 7, 12, 13 and 25. */
@IntegrationTest
class FilingWorkflowIT {

    @Autowired
    WebTestClient web;

    static Map<String, Object> account(String platform, String name) {
        Map<String, Object> account = new HashMap<>();
        account.put("platform", platform);
        account.put("name", name);
        account.put("certificationSubject", "南通市崇川区教育体育局");
        account.put("operatorType", "IN_HOUSE");
        account.put("operatorName", "崇川区教育体育局办公室");
        account.put("responsiblePerson", "王敏");
        account.put("functions", List.of("INFORMATION", "SERVICE"));
        return account;
    }

    static Map<String, Object> open(Map<String, Object> account) {
        return Map.of("type", "OPEN", "account", account);
    }

    private WebTestClient.ResponseSpec submit(String token, Object body) {
        return web.post().uri("/api/v1/filings").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec decide(String token, long id, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return web.post().uri("/api/v1/filings/{id}/decisions", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private FilingResponse filed(String token, Object body) {
        return submit(token, body).expectStatus().isCreated().expectBody(FilingResponse.class).returnResult().getResponseBody();
    }

    @Test
    void art15OpenGoesToTheCompetentAuthorityWhichApprovesIt() {
        FilingResponse filing = filed(TestTokens.ccOperator(), open(account("WECHAT_OFFICIAL", "崇川教育")));
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
        decide(TestTokens.ccOperator(), filing.id(), "APPROVE", null).expectStatus().isForbidden();
        decide(TestTokens.ccSupervisor(), filing.id(), "APPROVE", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED").jsonPath("$.decidedBy").isEqualTo("cc-supervisor");
        web.get().uri("/api/v1/accounts/{id}", filing.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
        decide(TestTokens.ccSupervisor(), filing.id(), "RETURN", "晚了").expectStatus().isEqualTo(409)
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
        FilingResponse filing = filed(TestTokens.rdOperator(), body);
        assertThat(filing.announcementStartsOn()).isNull();
        decide(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"), filing.id(), "APPROVE", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED");
    }

    @Test
    void art12SecondLiveAccountOnOnePlatformIsRefused() {
        filed(TestTokens.ccOperator(), open(account("WEIBO", "崇川教育")));
        submit(TestTokens.ccOperator(), open(account("WEIBO", "崇川教育发布"))).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.article").isEqualTo("Art 12")
                .jsonPath("$.detail").isEqualTo("同一主办单位在同一平台只能开设一个政务新媒体账号（《办法》第十二条）");
    }

    @Test
    void art12ConcurrentOpensForOneHostAndPlatformYieldExactlyOneSuccess() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            Callable<Integer> call = () -> {
                start.await();
                return submit(TestTokens.ccOperator(), open(account("DOUYIN", "崇川教育" + n)))
                        .returnResult(String.class).getStatus().value();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void art12InternalUnitsCannotHost() {
        submit(TestTokens.user("edu-office", "NT-EDU-OFFICE", "OPERATOR"), open(account("WECHAT_OFFICIAL", "教育局办公室")))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("INTERNAL_UNIT_CANNOT_HOST").jsonPath("$.article").isEqualTo("Art 12");
    }

    @Test
    void art13AppsMustSupportIpv6() {
        Map<String, Object> app = account("MOBILE_APP", "崇川教育 App");
        app.put("ipv6Supported", false);
        submit(TestTokens.ccOperator(), open(app)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.article").isEqualTo("Art 13");
    }

    @Test
    void art25NewsOrAudioVideoNeedsTheLicence() {
        Map<String, Object> channel = account("WECHAT_CHANNELS", "崇川教育视频号");
        channel.put("offersAudioVideo", true);
        submit(TestTokens.ccOperator(), open(channel)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.article").isEqualTo("Art 25");
    }

    @Test
    void art7ContractedOperatorNeedsBothAgreements() {
        Map<String, Object> contracted = account("KUAISHOU", "崇川教育快手号");
        contracted.put("operatorType", "CONTRACTED");
        contracted.put("contractSignedOn", "2026-01-05");
        submit(TestTokens.ccOperator(), open(contracted)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.article").isEqualTo("Art 7");
    }

    @Test
    void art35LegacyAccountsHaveTwentyWorkingDays() {
        Map<String, Object> body = new HashMap<>(open(account("TOUTIAO", "崇川教育头条号")));
        body.put("legacy", true);
        FilingResponse filing = filed(TestTokens.ccOperator(), body);
        web.get().uri("/api/v1/calendar/working-days?from={from}&days=20", filing.receivedOn())
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectBody().jsonPath("$.date").isEqualTo(filing.provincialDeadline().toString());
    }

    @Test
    void art16ClosureNeedsABasisAndFifteenWorkingDaysOfAnnouncement() {
        FilingResponse opened = filed(TestTokens.ccOperator(), open(account("BILIBILI", "崇川教育B站")));
        decide(TestTokens.ccSupervisor(), opened.id(), "APPROVE", null).expectStatus().isOk();
        Map<String, Object> basis = Map.of("type", "COLLECTIVE_DECISION", "documentNumber", "崇教体〔2026〕12号",
                "decidedOn", "2026-11-20");

        submit(TestTokens.ccOperator(), Map.of("type", "CLOSE", "accountId", opened.accountId(),
                "announcementStartsOn", "2026-12-01", "announcementEndsOn", "2026-12-31"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("basis");
        submit(TestTokens.ccOperator(), Map.of("type", "CLOSE", "accountId", opened.accountId(), "basis", basis,
                "announcementStartsOn", "2026-12-01", "announcementEndsOn", "2026-12-21"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.article").isEqualTo("Art 16")
                .jsonPath("$.code").isEqualTo("ANNOUNCEMENT_TOO_SHORT");

        FilingResponse closing = filed(TestTokens.ccOperator(), Map.of("type", "CLOSE", "accountId", opened.accountId(),
                "basis", basis, "announcementStartsOn", "2026-12-01", "announcementEndsOn", "2026-12-22"));
        decide(TestTokens.ccSupervisor(), closing.id(), "APPROVE", null).expectStatus().isOk();
        web.get().uri("/api/v1/accounts/{id}", opened.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectBody().jsonPath("$.status").isEqualTo("CLOSING").jsonPath("$.closesOn").isEqualTo("2026-12-22");
    }

    @Test
    void aReturnNeedsAReasonAndFreesThePlatform() {
        FilingResponse filing = filed(TestTokens.ccOperator(), open(account("XIAOHONGSHU", "崇川教育小红书")));
        decide(TestTokens.ccSupervisor(), filing.id(), "RETURN", " ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        decide(TestTokens.ccSupervisor(), filing.id(), "RETURN", "认证主体有误").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RETURNED").jsonPath("$.decisionReason").isEqualTo("认证主体有误");
        filed(TestTokens.ccOperator(), open(account("XIAOHONGSHU", "崇川教育小红书")));
    }

    @Test
    void countiesCannotSeeOrDecideEachOthersFilings() {
        FilingResponse chongchuan = filed(TestTokens.ccOperator(), open(account("MINI_PROGRAM", "崇川教育小程序")));
        web.get().uri("/api/v1/filings/{id}", chongchuan.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/accounts/{id}", chongchuan.accountId()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
        Map<String, Object> foreignHost = account("WEIBO", "冒名账号");
        foreignHost.put("hostOrganizationId", idOf("CC-EDU"));
        submit(TestTokens.rdOperator(), open(foreignHost)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("account.hostOrganizationId");

        FilingResponse rudong = filed(TestTokens.rdOperator(), open(account("WECHAT_OFFICIAL", "如东文旅")));
        assertThat(rudong.authorityOrganizationName()).isEqualTo("如东县人民政府办公室");
        decide(TestTokens.ccSupervisor(), rudong.id(), "APPROVE", null).expectStatus().isNotFound();
        decide(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"), rudong.id(), "APPROVE", null)
                .expectStatus().isOk();
        web.get().uri("/api/v1/accounts?platform=WECHAT_OFFICIAL&status=ACTIVE")
                .headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectBody().jsonPath("$.items[?(@.name == '如东文旅')]").doesNotExist();
    }

    @Test
    void differentNamesAcrossPlatformsAreWarnedAbout() {
        filed(TestTokens.ccOperator(), open(account("WECHAT_CHANNELS", "崇川教育")));
        FilingResponse second = filed(TestTokens.ccOperator(), open(account("KUAISHOU", "崇川教体")));
        assertThat(second.warnings()).anySatisfy(warning -> assertThat(warning).contains("名称不一致"));
    }

    @Test
    void art15ChangeIsAppliedOnlyWhenApprovedAndStillObeysTheRules() {
        FilingResponse opened = filed(TestTokens.ccOperator(), open(account("OTHER", "崇川教育号")));
        decide(TestTokens.ccSupervisor(), opened.id(), "APPROVE", null).expectStatus().isOk();

        submit(TestTokens.ccOperator(), Map.of("type", "CHANGE", "accountId", opened.accountId(), "changes", Map.of()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("changes");
        submit(TestTokens.ccOperator(), Map.of("type", "CHANGE", "accountId", opened.accountId(),
                "changes", Map.of("operatorType", "CONTRACTED", "operatorName", "南通某某文化传媒有限公司")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.article").isEqualTo("Art 7");

        FilingResponse change = filed(TestTokens.ccOperator(), Map.of("type", "CHANGE", "accountId", opened.accountId(),
                "changes", Map.of("name", "崇川教育发布", "responsiblePerson", "李强")));
        assertThat(change.changes().name()).isEqualTo("崇川教育发布");
        web.get().uri("/api/v1/accounts/{id}", opened.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectBody().jsonPath("$.name").isEqualTo("崇川教育号");
        decide(TestTokens.ccSupervisor(), change.id(), "APPROVE", null).expectStatus().isOk();
        web.get().uri("/api/v1/accounts/{id}", opened.accountId()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectBody().jsonPath("$.name").isEqualTo("崇川教育发布")
                .jsonPath("$.responsiblePerson").isEqualTo("李强")
                .jsonPath("$.operatorName").isEqualTo("崇川区教育体育局办公室");
    }
}
