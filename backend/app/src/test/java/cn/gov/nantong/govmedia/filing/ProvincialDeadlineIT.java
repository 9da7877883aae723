package cn.gov.nantong.govmedia.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
/** Art 15: one meaning of "overdue" for the provincial deadline, the same in the filing list, the overview and the sync alerts. */
@IntegrationTest
class ProvincialDeadlineIT extends FilingTestBase {

    private long submitted(String platform, String name) {
        Map<?, ?> filing = requests.submit(TestTokens.ccOperator(),
                        FilingRequests.open(FilingRequests.account(platform, name)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) filing.get("id")).longValue();
    }

    private String get(String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    @Tag("15.5")
    void art15OverdueMeansPastTheDeadlineUndecidedOrApprovedAndUndeliveredCountedApartEverywhere() throws Exception {
        long undecided = submitted("WECHAT_OFFICIAL", "崇川教育");
        long undelivered = submitted("WEIBO", "崇川教育微博");
        long delivered = submitted("DOUYIN", "崇川教育抖音");
        long onTime = submitted("KUAISHOU", "崇川教育快手");
        requests.decide(TestTokens.ccSupervisor(), undelivered, "APPROVE", null).expectStatus().isOk();
        requests.decide(TestTokens.ccSupervisor(), delivered, "APPROVE", null).expectStatus().isOk();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("update filings set provincial_deadline = current_date - 10 where id in (" + undecided + ", "
                    + undelivered + ", " + delivered + ")");
            statement.execute("update filings set delivered_at = now(), receipt_number = 'JS-9' where id = " + delivered);
        }

        assertThat(get("/api/v1/filings?deadline=OVERDUE")).contains("\"id\":" + undecided + ",")
                .doesNotContain("\"id\":" + undelivered + ",").contains("\"totalItems\":1");
        assertThat(get("/api/v1/filings?deadline=DELIVERY_OVERDUE")).contains("\"id\":" + undelivered + ",")
                .contains("\"deadlineState\":\"DELIVERY_OVERDUE\"").contains("\"totalItems\":1");
        assertThat(get("/api/v1/filings/" + delivered)).contains("\"deadlineState\":null");
        assertThat(get("/api/v1/filings/" + onTime)).contains("\"deadlineState\":\"ON_TIME\"");

        web.get().uri("/api/v1/supervision/overview").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.overdueFilings").isEqualTo(1)
                .jsonPath("$.overdueDeliveries").isEqualTo(1);
        web.get().uri("/api/v1/sync/alerts").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.filingId == " + undecided + ")].level").isEqualTo("OVERDUE")
                .jsonPath("$[?(@.filingId == " + undelivered + ")].level").isEqualTo("DELIVERY_OVERDUE")
                .jsonPath("$[?(@.filingId == " + undelivered + ")].message").value(message ->
                        assertThat(message.toString()).contains("已审核通过", "仍未报送"));
        web.get().uri("/api/v1/supervision/overview").headers(h -> h.setBearerAuth(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE",
                "SUPERVISOR"))).exchange().expectBody().jsonPath("$.overdueFilings").isEqualTo(0).jsonPath("$.overdueDeliveries").isEqualTo(0);
    }
}
