package cn.gov.nantong.govmedia.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Art 32.2: every locality runs its own quarterly checks within its scope. 崇川区 has 15 live accounts in two departments and
 * its government office; 如东县 in one department; the city in one department.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("32.2")
class LocalSpotCheckIT {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };
    private static final String RD_SUPERVISOR = TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR");

    @Autowired
    WebTestClient web;

    @BeforeAll
    void accounts() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        List<String> platforms = List.of("WECHAT_OFFICIAL", "WECHAT_CHANNELS", "WEIBO", "DOUYIN", "KUAISHOU", "TOUTIAO", "BILIBILI",
                "XIAOHONGSHU", "MINI_PROGRAM", "MOBILE_APP", "OTHER");
        for (String platform : platforms) {
            Fixture.account("崇川教育" + platform, "CC-EDU", platform, start, "ACTIVE");
        }
        for (String platform : platforms.subList(0, 3)) {
            Fixture.account("崇川卫健" + platform, "CC-HEALTH", platform, start, "ACTIVE");
        }
        Fixture.account("崇川发布", "CC-GOV-OFFICE", "DOUYIN", start, "ACTIVE");
        Fixture.account("崇川停用", "CC-HEALTH", "DOUYIN", start, "CLOSED");
        Fixture.account("如东文旅", "RD-CULTURE", "WECHAT_OFFICIAL", start, "ACTIVE");
        Fixture.account("南通教育", "NT-EDU", "WECHAT_OFFICIAL", start, "ACTIVE");
    }

    private WebTestClient.ResponseSpec create(String token, String quarter, long seed) {
        return web.post().uri("/api/v1/spot-checks").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quarter", quarter, "seed", seed)).exchange();
    }

    private Map<String, Object> created(String token, String quarter, long seed) {
        return create(token, quarter, seed).expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sample(Map<String, Object> check) {
        return (List<Map<String, Object>>) check.get("accounts");
    }

    private List<Map<String, Object>> list(String token, String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk().expectBody(LIST)
                .returnResult().getResponseBody();
    }

    @Test
    @DisplayName("Art 32.2: a county supervisor runs the county's own check: its live accounts only, one per unit below the county, "
            + "at least 10%, reproducible; one per quarter per organization, beside the city's check of the same quarter")
    void art32_2CountyRunsItsOwnQuarterlyCheck() {
        Map<String, Object> check = created(TestTokens.ccSupervisor(), "2026-Q2", 5L);
        assertThat(check.get("organizationId")).isEqualTo((int) Organizations.idOf("CC-GOV"));
        assertThat(check.get("cityWide")).isEqualTo(false);
        assertThat(check.get("population")).isEqualTo(15);
        assertThat(check.get("samplingMethod").toString()).contains("直属单位");
        Set<Object> strata = sample(check).stream().map(a -> a.get("stratumName")).collect(Collectors.toSet());
        assertThat(strata).containsExactlyInAnyOrder("南通市崇川区教育体育局", "南通市崇川区卫生健康委员会", "南通市崇川区人民政府办公室");
        assertThat(sample(check)).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> assertThat(a.get("hostOrganizationName").toString()).startsWith("南通市崇川区"));

        create(TestTokens.ccSupervisor(), "2026-Q2", 6L).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("SPOT_CHECK_EXISTS");
        Map<String, Object> city = created(TestTokens.cityAdmin(), "2026-Q2", 5L);
        assertThat(city.get("cityWide")).isEqualTo(true);
        assertThat(city.get("population")).isEqualTo(17);
        Map<String, Object> rd = created(RD_SUPERVISOR, "2026-Q2", 5L);
        assertThat(sample(rd)).extracting(a -> a.get("accountName")).containsExactly("如东文旅");

        Fixture.exec("delete from spot_check_accounts where check_id = " + check.get("id"));
        Fixture.exec("delete from spot_checks where id = " + check.get("id"));
        Map<String, Object> again = created(TestTokens.ccSupervisor(), "2026-Q2", 5L);
        assertThat(sample(again)).extracting(a -> a.get("accountId"))
                .containsExactlyElementsOf(sample(check).stream().map(a -> a.get("accountId")).toList());
    }

    @Test
    @DisplayName("Art 32.2: a quarter is a real one: from 2019 on, quarter 1 to 4, not one that has not begun (Beijing time) -> 400 on quarter")
    void art32_2QuarterMustBeReal() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String next = Quarters.of(today.plusMonths(3).withDayOfMonth(1));
        for (String quarter : List.of("2018-Q4", "2026-Q5", "2026-Q0", next)) {
            create(TestTokens.ccSupervisor(), quarter, 1L).expectStatus().isBadRequest().expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("quarter");
            web.post().uri("/api/v1/supervision/jobs").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kind", "SPOT_CHECK_SAMPLE", "quarter", quarter)).exchange()
                    .expectStatus().isBadRequest();
        }
        assertThat(Fixture.text("select count(*) from spot_checks where quarter in ('2018-Q4', '" + next + "')")).isEqualTo("0");
        created(TestTokens.ccSupervisor(), "2019-Q1", 1L);
        created(TestTokens.ccSupervisor(), Quarters.of(today), 1L);
    }

    @Test
    @DisplayName("Art 32.2: a county supervisor sees only the county's own checks (not the city's nor another county's: 404), records "
            + "findings on and closes only them; the city's findings on the county's accounts reach the county as rectification tasks")
    void art32_2CountySeesAndRunsOnlyItsOwnChecks() {
        Map<String, Object> own = created(TestTokens.ccSupervisor(), "2025-Q4", 9L);
        Map<String, Object> city = created(TestTokens.cityAdmin(), "2025-Q4", 9L);
        Map<String, Object> rd = created(RD_SUPERVISOR, "2025-Q4", 9L);

        List<Map<String, Object>> seen = list(TestTokens.ccSupervisor(), "/api/v1/spot-checks");
        assertThat(seen).extracting(c -> c.get("organizationName")).containsOnly("南通市崇川区人民政府");
        assertThat(list(TestTokens.cityAdmin(), "/api/v1/spot-checks")).extracting(c -> c.get("id"))
                .contains(own.get("id"), city.get("id"), rd.get("id"));
        web.get().uri("/api/v1/spot-checks/{id}", city.get("id")).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/spot-checks/{id}", rd.get("id")).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isNotFound();

        Object account = sample(own).get(0).get("accountId");
        finding(TestTokens.ccSupervisor(), rd.get("id"), account).expectStatus().isNotFound();
        finding(TestTokens.ccSupervisor(), own.get("id"), account).expectStatus().isCreated();
        finding(TestTokens.auditor(), own.get("id"), account).expectStatus().isCreated();
        close(RD_SUPERVISOR, own.get("id")).expectStatus().isNotFound();
        close(TestTokens.ccSupervisor(), own.get("id")).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED");
        assertThat(Fixture.text("select count(*) from audit_events where entity_type = 'spot_check' and entity_id = '" + own.get("id") + "'"))
                .isEqualTo("4");

        Object cityAccount = sample(city).stream().filter(a -> a.get("hostOrganizationName").toString().startsWith("南通市崇川区"))
                .findFirst().orElseThrow().get("accountId");
        finding(TestTokens.auditor(), city.get("id"), cityAccount).expectStatus().isCreated();
        web.get().uri("/api/v1/rectifications").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.accountId == " + cityAccount + " && @.source == 'SPOT_CHECK')]").exists();
    }

    @Test
    @DisplayName("Art 32.2: after a quarter ends, the city and each county without their check of it are listed; a county sees only itself")
    void art32_2ReminderListsOrganizationsWithoutTheirCheck() {
        created(TestTokens.ccSupervisor(), "2025-Q1", 3L);
        List<Map<String, Object>> missing = list(TestTokens.cityAdmin(), "/api/v1/spot-checks/missing?quarter=2025-Q1");
        assertThat(missing).extracting(m -> m.get("organizationName")).contains("南通市人民政府", "如东县人民政府", "南通经济技术开发区管理委员会")
                .doesNotContain("南通市崇川区人民政府");
        assertThat(missing).extracting(m -> m.get("quarter")).containsOnly("2025-Q1");
        assertThat(list(TestTokens.ccSupervisor(), "/api/v1/spot-checks/missing?quarter=2025-Q1")).isEmpty();
        assertThat(list(RD_SUPERVISOR, "/api/v1/spot-checks/missing?quarter=2025-Q1")).extracting(m -> m.get("officeName"))
                .containsExactly("如东县人民政府办公室");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(list(RD_SUPERVISOR, "/api/v1/spot-checks/missing")).extracting(m -> m.get("quarter"))
                .containsExactly(Quarters.lastEnded(today));
        web.get().uri("/api/v1/spot-checks/missing?quarter=2030-Q1").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec finding(String token, Object checkId, Object accountId) {
        return web.post().uri("/api/v1/spot-checks/{id}/findings", checkId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", accountId, "itemCode", "NAMING", "description", "账号名称不规范")).exchange();
    }

    @Test
    @DisplayName("Art 32.2: a check started by mistake is withdrawn with a reason while it is open and holds no finding; "
            + "the quarter is then free, and the reminder lists the organization again")
    void art32_2AMistakenCheckIsWithdrawnWithAReason() {
        Map<String, Object> mistaken = created(TestTokens.ccSupervisor(), "2025-Q3", 7L);
        withdraw(RD_SUPERVISOR, mistaken.get("id"), "误发起").expectStatus().isNotFound();
        withdraw(TestTokens.ccSupervisor(), mistaken.get("id"), " ").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("reason");
        withdraw(TestTokens.ccSupervisor(), mistaken.get("id"), "误选季度，撤回后重新发起").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WITHDRAWN")
                .jsonPath("$.withdrawnReason").isEqualTo("误选季度，撤回后重新发起")
                .jsonPath("$.withdrawnBy").isEqualTo("cc-supervisor");
        withdraw(TestTokens.ccSupervisor(), mistaken.get("id"), "再次撤回").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("SPOT_CHECK_CLOSED");
        assertThat(list(TestTokens.cityAdmin(), "/api/v1/spot-checks/missing?quarter=2025-Q3")).extracting(m -> m.get("organizationName"))
                .contains("南通市崇川区人民政府");
        web.get().uri("/api/v1/audit-events?entityType=spot_check&entityId={id}&action=WITHDRAW", mistaken.get("id"))
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.items[0].after.withdrawnReason").isEqualTo("误选季度，撤回后重新发起");

        Map<String, Object> right = created(TestTokens.ccSupervisor(), "2025-Q3", 8L);
        finding(TestTokens.ccSupervisor(), right.get("id"), sample(right).get(0).get("accountId")).expectStatus().isCreated();
        withdraw(TestTokens.ccSupervisor(), right.get("id"), "误发起").expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("SPOT_CHECK_HAS_FINDINGS");
    }

    private WebTestClient.ResponseSpec withdraw(String token, Object checkId, String reason) {
        return web.post().uri("/api/v1/spot-checks/{id}/withdraw", checkId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", reason)).exchange();
    }

    private WebTestClient.ResponseSpec close(String token, Object checkId) {
        return web.post().uri("/api/v1/spot-checks/{id}/close", checkId).headers(h -> h.setBearerAuth(token)).exchange();
    }
}
