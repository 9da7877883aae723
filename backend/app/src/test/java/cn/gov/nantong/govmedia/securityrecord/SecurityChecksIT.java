package cn.gov.nantong.govmedia.securityrecord;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 29.1: security checks of self-built apps and sites, whose findings become rectification tasks; overdue items. */
@IntegrationTest
class SecurityChecksIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("Art 29.1: a check of a self-built app records its findings, each a rectification task of the host; "
            + "a WeChat account or a deadline before the check is refused and nothing is stored")
    @Tag("29.1")
    void art29_1FindingsBecomeRectificationTasks() {
        long app = Fixture.account("崇川教育 App", "CC-EDU", "MOBILE_APP", TODAY.minusYears(1), "ACTIVE");
        long wechat = Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", TODAY.minusYears(1), "ACTIVE");

        record(TestTokens.ccOperator(), check(wechat, TODAY, TODAY.plusDays(10)))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("NOT_SELF_BUILT");
        record(TestTokens.ccOperator(), check(app, TODAY, TODAY.minusDays(1)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("findings[0].rectificationDeadline");
        record(TestTokens.rdOperator(), check(app, TODAY, TODAY.plusDays(10)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("accountId");
        Map<String, Object> badArea = check(app, TODAY, TODAY.plusDays(10));
        badArea.put("findings", List.of(Map.of("area", "KITCHEN", "description", "x", "rectificationDeadline", TODAY.toString())));
        record(TestTokens.ccOperator(), badArea).expectStatus().isBadRequest().expectHeader().contentType("application/problem+json");
        assertThat(Fixture.text("select count(*) from security_checks")).isEqualTo("0");
        assertThat(Fixture.text("select count(*) from inspection_findings")).isEqualTo("0");

        SecurityCheck check = record(TestTokens.ccOperator(), check(app, TODAY, TODAY.plusDays(10)))
                .expectStatus().isCreated().expectBody(SecurityCheck.class).returnResult().getResponseBody();
        assertThat(check.accountName()).isEqualTo("崇川教育 App");
        assertThat(check.findings()).hasSize(1);
        assertThat(check.findings().get(0).rectificationId()).isNotNull();
        assertThat(check.findings().get(0).rectificationDeadline()).isEqualTo(TODAY.plusDays(10));
        web.get().uri("/api/v1/rectifications?status=OPEN").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].source").isEqualTo("SECURITY_CHECK")
                .jsonPath("$.items[0].category").isEqualTo("SECURITY_CHECK_DATABASE")
                .jsonPath("$.items[0].id").isEqualTo(check.findings().get(0).rectificationId().intValue());
        web.get().uri("/api/v1/security-checks/{id}", check.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/security-checks?accountId={id}", app).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].findings[0].rectificationStatus").isEqualTo("OPEN");
        web.get().uri("/api/v1/audit-events?entityType=security_check").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1);
    }

    @Test
    @DisplayName("Art 27.1, 27.3, 29.1: the overview counts missing and overdue documents, unchecked devices and overdue "
            + "security rectifications, within the caller's subtree")
    @Tag("27.1")
    @Tag("27.3")
    @Tag("29.1")
    void art27And29OverdueItemsAreCountedForTheOverview() {
        long culture = idOf("RD-CULTURE");
        long app = Fixture.account("如东文旅 App", "RD-CULTURE", "MOBILE_APP", TODAY.minusYears(1), "ACTIVE");
        post("/api/v1/security-documents", SecurityRecordsIT.document(culture, "SECURITY_RULES", TODAY.minusYears(2),
                TODAY.minusDays(1))).expectStatus().isCreated();
        post("/api/v1/security-documents", SecurityRecordsIT.document(culture, "EMERGENCY_PLAN", TODAY.minusYears(1),
                TODAY.plusDays(30))).expectStatus().isCreated();
        post("/api/v1/security-devices", SecurityRecordsIT.device(culture, "RDWL-001", TODAY.minusDays(100))).expectStatus().isCreated();
        post("/api/v1/security-devices", SecurityRecordsIT.device(culture, "RDWL-002", TODAY.minusDays(5))).expectStatus().isCreated();
        post("/api/v1/security-checks", check(app, TODAY.minusDays(20), TODAY.minusDays(5))).expectStatus().isCreated();

        web.get().uri("/api/v1/security-records/overdue").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.documentsMissing").isEqualTo(1)
                .jsonPath("$.documentsDueSoon").isEqualTo(1)
                .jsonPath("$.documentsOverdue").isEqualTo(1)
                .jsonPath("$.devicesOverdue").isEqualTo(1)
                .jsonPath("$.rectificationsOverdue").isEqualTo(1)
                .jsonPath("$.reminderDays").isEqualTo(30).jsonPath("$.deviceCheckDays").isEqualTo(90);
        web.get().uri("/api/v1/security-documents?dueState=OVERDUE").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].kind").isEqualTo("SECURITY_RULES");
        web.get().uri("/api/v1/security-records/overdue").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.documentsOverdue").isEqualTo(0).jsonPath("$.devicesOverdue").isEqualTo(0)
                .jsonPath("$.rectificationsOverdue").isEqualTo(0);
    }

    private static Map<String, Object> check(long accountId, LocalDate checkedOn, LocalDate deadline) {
        Map<String, Object> check = new HashMap<>();
        check.put("accountId", accountId);
        check.put("checkedOn", checkedOn.toString());
        check.put("checkedBy", "区大数据局安全检查组");
        check.put("summary", "应用、操作系统、数据库三项检查，发现 1 项问题");
        check.put("findings", List.of(Map.of("area", "DATABASE", "description", "数据库默认端口对公网开放",
                "rectificationDeadline", deadline.toString())));
        return check;
    }

    private WebTestClient.ResponseSpec record(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/security-checks").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(String uri, Map<String, Object> body) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
