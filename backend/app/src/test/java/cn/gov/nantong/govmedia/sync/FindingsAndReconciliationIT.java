package cn.gov.nantong.govmedia.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.reconciliation.Reconciliation;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import reactor.test.StepVerifier;

/** Approvals go out through the outbox; findings come in, are rectified and go back; the registers are compared. */
@IntegrationTest
class FindingsAndReconciliationIT extends ProvinceStubTestBase {

    @Autowired
    Reconciliation reconciliation;

    @BeforeEach
    void resetProvince() {
        ProvinceStub.SERVER.resetAll();
        ProvinceStub.SERVER.stubFor(post(urlEqualTo("/v1/filings")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"receiptNumber\":\"JS-1\",\"status\":\"RECEIVED\"}")));
        ProvinceStub.SERVER.stubFor(post(urlEqualTo("/v1/rectifications")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"receiptNumber\":\"JS-R-1\",\"status\":\"RECEIVED\"}")));
    }

    private long approvedAccount(String platform, String name) {
        Map<String, Object> account = new HashMap<>(Map.of("platform", platform, "name", name, "operatorType", "IN_HOUSE",
                "operatorName", "办公室", "responsiblePerson", "王敏"));
        account.put("platformAccountId", "id-" + name);
        Map<?, ?> filing = web.post().uri("/api/v1/filings").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("type", "OPEN", "account", account)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        long filingId = ((Number) filing.get("id")).longValue();
        web.post().uri("/api/v1/filings/{id}/decisions", filingId).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("decision", "APPROVE")).exchange()
                .expectStatus().isOk();
        return ((Number) filing.get("accountId")).longValue();
    }

    @Test
    @Tag("15.4")
    void art15AnApprovalIsQueuedInItsTransactionAndTheFilingShowsItsReceipt() throws Exception {
        long accountId = approvedAccount("WECHAT_OFFICIAL", "崇川教育");
        assertThat(text("select idempotency_key from sync_outbox where kind = 'FILING'")).endsWith(":1");
        web.get().uri("/api/v1/sync/alerts").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk();
        worker.deliverDue().block();
        ProvinceStub.SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/filings"))
                .withRequestBody(matchingJsonPath("$.account.name", equalTo("崇川教育")))
                .withRequestBody(matchingJsonPath("$.hostOrganization.creditCode", equalTo("11320613MB0001333U"))));
        web.get().uri("/api/v1/filings?accountId={id}", accountId).headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectBody().jsonPath("$.items[0].receiptNumber").isEqualTo("JS-1")
                .jsonPath("$.items[0].deliveredAt").isNotEmpty();
        web.get().uri("/api/v1/sync/deliveries").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/sync/deliveries").headers(h -> h.setBearerAuth(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/sync/deliveries?status=DELIVERED").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].receiptNumber").isEqualTo("JS-1");
    }

    @Test
    @Tag("15.4")
    @Tag("32.3")
    void aFindingBecomesARectificationTaskAndTheRectificationGoesBack() throws Exception {
        long accountId = approvedAccount("WEIBO", "崇川教育微博");
        Map<String, Object> finding = Map.of("findingId", "JS-F-0001", "accountId", accountId, "category", "NO_UPDATE_TWO_WEEKS",
                "description", "检查日前两周内未更新", "foundOn", "2026-11-20", "rectificationDeadline", "2026-12-04");
        web.post().uri("/api/sync/v1/inspection-findings").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(finding).exchange().expectStatus().isForbidden();
        web.post().uri("/api/sync/v1/inspection-findings").headers(h -> h.setBearerAuth(TestTokens.syncClient()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(finding).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.veto").isEqualTo(true);
        web.post().uri("/api/sync/v1/inspection-findings").headers(h -> h.setBearerAuth(TestTokens.syncClient()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(finding).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.findingId").isEqualTo("JS-F-0001");
        assertThat(text("select count(*) from inspection_findings")).isEqualTo("1");

        Map<?, ?> tasks = web.get().uri("/api/v1/rectifications?status=OPEN").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Number) tasks.get("totalItems")).intValue()).isEqualTo(1);
        long taskId = ((Number) ((Map<?, ?>) ((List<?>) tasks.get("items")).get(0)).get("id")).longValue();
        web.get().uri("/api/v1/rectifications").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.post().uri("/api/v1/rectifications/{id}/completion", taskId).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("evidence", "x")).exchange()
                .expectStatus().isNotFound();
        web.post().uri("/api/v1/rectifications/{id}/completion", taskId).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("evidence", "已恢复每周更新")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RECTIFIED");
        worker.deliverDue().block();
        ProvinceStub.SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/rectifications"))
                .withHeader("Idempotency-Key", equalTo("finding:JS-F-0001"))
                .withRequestBody(matchingJsonPath("$.evidence", equalTo("已恢复每周更新"))));
    }

    @Test
    @Tag("15.6")
    void reconciliationReportsAccountsMissingOnEitherSideOrDiffering() {
        approvedAccount("DOUYIN", "崇川教育抖音");
        approvedAccount("KUAISHOU", "崇川教育快手");
        ProvinceStub.SERVER.stubFor(get(urlPathEqualTo("/v1/register")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"items": [
                          {"platform": "KUAISHOU", "platformAccountId": "id-崇川教育快手", "name": "崇川教育快手", "status": "CLOSED"},
                          {"platform": "BILIBILI", "platformAccountId": "bili-1", "name": "不明账号", "status": "ACTIVE"}
                        ], "nextCursor": null}""")));
        web.post().uri("/api/v1/sync/reconciliations").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/sync/reconciliations").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.differences[?(@.kind == 'MISSING_IN_PROVINCE')].name").value(org.hamcrest.Matchers.hasItem("崇川教育抖音"))
                .jsonPath("$.differences[?(@.kind == 'STATUS_DIFFERS')].theirStatus").isEqualTo("CLOSED")
                .jsonPath("$.differences[?(@.kind == 'MISSING_HERE')].name").isEqualTo("不明账号");
        web.get().uri("/api/v1/sync/reconciliations/latest").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.theirs").isEqualTo(2);
    }

    @Test
    @DisplayName("the daily reconciliation runs once a day, not once per instance")
    void dailyReconciliationRunsOnce() throws Exception {
        ProvinceStub.SERVER.stubFor(get(urlPathEqualTo("/v1/register")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\": [], \"nextCursor\": null}")));
        String before = text("select count(*) from reconciliation_reports");
        StepVerifier.create(reconciliation.scheduled()).expectNextCount(1).verifyComplete();
        StepVerifier.create(reconciliation.scheduled()).as("the second instance's timer, moments later").verifyComplete();
        assertThat(Long.parseLong(text("select count(*) from reconciliation_reports"))).isEqualTo(Long.parseLong(before) + 1);
        ProvinceStub.SERVER.verify(1, getRequestedFor(urlPathEqualTo("/v1/register")));
    }

    private static String text(String query) throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
