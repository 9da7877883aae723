package cn.gov.nantong.govmedia.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Quarterly spot checks (Art 32): 64 live accounts, of which 44 city-level and 20 in three counties. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpotCheckIT {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;
    @Autowired
    WorkingDayCalendar calendar;

    @BeforeAll
    void accounts() {
        Fixture.exec("""
                insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                      status, status_changed_on, activated_on)
                select p.platform, o.code || '-' || p.platform, o.id, 'IN_HOUSE', '办公室', '王敏', 'ACTIVE', date '2026-01-01', date '2026-01-01'
                  from organizations o
                  join (values ('NT-EDU', 11), ('NT-PSB', 11), ('NT-HEALTH', 11), ('NT-CULTURE', 11), ('CC-EDU', 11), ('CC-HEALTH', 5),
                               ('RD-CULTURE', 3), ('TZ-GOV-OFFICE', 1)) as c(code, n) on c.code = o.code
                  cross join lateral (select platform from unnest(array['WECHAT_OFFICIAL', 'WECHAT_CHANNELS', 'WEIBO', 'DOUYIN',
                        'KUAISHOU', 'TOUTIAO', 'BILIBILI', 'XIAOHONGSHU', 'MINI_PROGRAM', 'MOBILE_APP', 'OTHER'])
                        with ordinality as x(platform, i) where x.i <= c.n) p""");
        Fixture.account("已关停", "HM-GOV-OFFICE", "WEIBO", LocalDate.of(2026, 1, 1), "CLOSED");
    }

    private Map<String, Object> create(String quarter, Long seed) {
        Map<String, Object> body = new HashMap<>(Map.of("quarter", quarter));
        if (seed != null) {
            body.put("seed", seed);
        }
        return web.post().uri("/api/v1/spot-checks").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sample(Map<String, Object> check) {
        return (List<Map<String, Object>>) check.get("accounts");
    }

    private WebTestClient.ResponseSpec finding(String token, Object checkId, Object accountId, String item) {
        return web.post().uri("/api/v1/spot-checks/{id}/findings", checkId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", accountId, "itemCode", item, "description", "抽查发现：" + item)).exchange();
    }

    @Test
    @DisplayName("Art 32: same seed -> same sample; at least 10% (7 of 64) and one per county/district; random seed stored and shown")
    @Tag("32.4")
    void art32ReproducibleStratifiedSample() {
        Map<String, Object> first = create("2026-Q3", 42L);
        Map<String, Object> second = create("2026-Q4", 42L);
        assertThat(first.get("population")).isEqualTo(64);
        assertThat(first.get("seed")).isEqualTo(42);
        assertThat(sample(first)).hasSize(7);
        assertThat(sample(first)).extracting(a -> a.get("accountId")).containsExactlyElementsOf(
                sample(second).stream().map(a -> a.get("accountId")).toList());
        assertThat(sample(first)).extracting(a -> ((Number) a.get("stratumId")).longValue())
                .contains(Organizations.idOf("CC-GOV"), Organizations.idOf("RD-GOV"), Organizations.idOf("TZ-GOV"));
        assertThat(sample(first)).extracting(a -> a.get("accountName")).doesNotContain("已关停");

        Map<String, Object> random = create("2026-Q2", null);
        assertThat(random.get("seed")).isInstanceOf(Number.class);
        assertThat(sample(random)).hasSize(7);
        web.get().uri("/api/v1/spot-checks/{id}", random.get("id")).headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.seed").isEqualTo(random.get("seed"));

        web.post().uri("/api/v1/spot-checks").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quarter", "2026-Q3")).exchange().expectStatus().isEqualTo(409);
        web.post().uri("/api/v1/spot-checks").headers(h -> h.setBearerAuth(TestTokens.auditor())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quarter", "2027-Q1")).exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/spot-checks").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quarter", "2027-Q5")).exchange().expectStatus().isBadRequest();
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("Art 32: only AUDITOR records findings; each opens a working-day rectification task the host sees and closes")
    @Tag("32.3")
    @Tag("32.4")
    void art32FindingsBecomeRectificationTasks() {
        Map<String, Object> check = create("2025-Q4", 7L);
        Map<String, Object> account = sample(check).stream()
                .filter(a -> ((Number) a.get("stratumId")).longValue() == Organizations.idOf("CC-GOV")).findFirst().orElseThrow();
        String hostCode = Fixture.text("select code from organizations where id = " + account.get("hostOrganizationId"));
        String host = TestTokens.user("host-operator", hostCode, "OPERATOR");

        finding(TestTokens.cityAdmin(), check.get("id"), account.get("accountId"), "NO_UPDATE_TWO_WEEKS").expectStatus().isForbidden();
        finding(host, check.get("id"), account.get("accountId"), "NO_UPDATE_TWO_WEEKS").expectStatus().isForbidden();
        Map<String, Object> recorded = finding(TestTokens.auditor(), check.get("id"), account.get("accountId"), "NO_UPDATE_TWO_WEEKS")
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(recorded.get("rectificationDeadline")).isEqualTo(calendar.plus(today, 10).block().date().toString());
        assertThat(recorded.get("veto")).isEqualTo(true);
        long notSampled = Long.parseLong(Fixture.text("select min(id) from accounts where status = 'ACTIVE' and id not in "
                + "(select account_id from spot_check_accounts where check_id = " + check.get("id") + ")"));
        finding(TestTokens.auditor(), check.get("id"), notSampled, "NAMING").expectStatus().isBadRequest();

        web.get().uri("/api/v1/rectifications").headers(h -> h.setBearerAuth(host)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].source").isEqualTo("SPOT_CHECK")
                .jsonPath("$.items[0].category").isEqualTo("NO_UPDATE_TWO_WEEKS")
                .jsonPath("$.items[0].rectificationDeadline").isEqualTo(recorded.get("rectificationDeadline"));
        // another county does not see it (other tests of this class may have left tasks of its own)
        web.get().uri("/api/v1/rectifications?size=200").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectBody().jsonPath("$.items[*].id").value(ids -> assertThat((List<Object>) ids).doesNotContain(recorded.get("rectificationId")));
        web.post().uri("/api/v1/rectifications/{id}/completion", recorded.get("rectificationId")).headers(h -> h.setBearerAuth(host))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("evidence", "已恢复更新")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RECTIFIED");
        assertThat(Fixture.text("select count(*) from sync_outbox")).as("local findings are not reported to the province").isEqualTo("0");
    }

    @Test
    @DisplayName("Art 32: closing gives 不合格 FAIL for a veto item or 20 points of scored items, 合格 PASS otherwise; then no more findings")
    @Tag("32.4")
    void art32CloseWithResults() {
        Map<String, Object> check = create("2025-Q3", 99L);
        List<Map<String, Object>> accounts = sample(check);
        Object checkId = check.get("id");
        finding(TestTokens.auditor(), checkId, accounts.get(0).get("accountId"), "POOR_INTERACTION").expectStatus().isCreated();
        finding(TestTokens.auditor(), checkId, accounts.get(1).get("accountId"), "NAMING").expectStatus().isCreated();
        finding(TestTokens.auditor(), checkId, accounts.get(2).get("accountId"), "INFREQUENT_UPDATES").expectStatus().isCreated();
        finding(TestTokens.auditor(), checkId, accounts.get(2).get("accountId"), "UNANSWERED_MESSAGES").expectStatus().isCreated();

        web.post().uri("/api/v1/spot-checks/{id}/close", checkId).headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isForbidden();
        Map<String, Object> closed = web.post().uri("/api/v1/spot-checks/{id}/close", checkId)
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isOk().expectBody(MAP)
                .returnResult().getResponseBody();
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(sample(closed)).extracting(a -> a.get("result"))
                .containsExactly("FAIL", "PASS", "FAIL", "PASS", "PASS", "PASS", "PASS");
        web.post().uri("/api/v1/spot-checks/{id}/close", checkId).headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isEqualTo(409);
        finding(TestTokens.auditor(), checkId, accounts.get(3).get("accountId"), "NAMING").expectStatus().isEqualTo(409);
    }

    @Test
    @DisplayName("Art 32: the checklist carries the 4 national veto categories; CITY_ADMIN edits it, others may not")
    @Tag("32.4")
    void art32ConfigurableChecklist() {
        web.get().uri("/api/v1/checklist-items").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(11)
                .jsonPath("$[?(@.kind == 'VETO')].code").value(codes -> assertThat((List<?>) codes).hasSize(4));
        Map<String, Object> item = Map.of("code", "RUMOUR_REBUTTAL", "name", "辟谣信息未按规定审核发布", "kind", "SCORED", "points", 5,
                "active", true, "sortOrder", 20);
        web.post().uri("/api/v1/checklist-items").headers(h -> h.setBearerAuth(TestTokens.auditor())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(item).exchange().expectStatus().isForbidden();
        Map<String, Object> created = web.post().uri("/api/v1/checklist-items").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item).exchange().expectStatus().isCreated().expectBody(MAP)
                .returnResult().getResponseBody();
        Map<String, Object> change = new HashMap<>(item);
        change.put("points", 8);
        change.put("version", 0);
        web.put().uri("/api/v1/checklist-items/{id}", created.get("id")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.points").isEqualTo(8).jsonPath("$.version").isEqualTo(1);
        web.put().uri("/api/v1/checklist-items/{id}", created.get("id")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange().expectStatus().isEqualTo(409);
    }
}
