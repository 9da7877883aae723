package cn.gov.nantong.govmedia.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
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

/** Art 32.8: national and provincial findings entered by CITY_ADMIN, with their source; their vetoes zero the host's year. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("32.8")
class ExternalFindingIT {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;

    private long edu;
    private long health;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeAll
    void accounts() {
        edu = Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", LocalDate.of(today.getYear(), 1, 1), "ACTIVE");
        health = Fixture.account("崇川卫健", "CC-HEALTH", "WECHAT_OFFICIAL", LocalDate.of(today.getYear(), 1, 1), "ACTIVE");
    }

    private WebTestClient.ResponseSpec enter(String token, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("source", "NATIONAL", "reference", "国办通报〔2026〕3号-12", "accountId", edu,
                "itemCode", "NO_UPDATE_TWO_WEEKS", "description", "检查时点前两周内无更新", "foundOn", today.toString(),
                "rectificationDeadline", today.plusDays(15).toString()));
        body.putAll(changes);
        return web.post().uri("/api/v1/external-findings").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Test
    @DisplayName("Art 32.8: CITY_ADMIN enters a national veto finding: a rectification task of the host with its source, a veto of the "
            + "host's year; a provincial one likewise; same reference again 409; others 403; bad dates 400 and nothing stored")
    void art32_8NationalAndProvincialFindingsEnteredByCityAdmin() {
        enter(TestTokens.cityAdmin(), Map.of()).expectStatus().isCreated().expectBody()
                .jsonPath("$.source").isEqualTo("NATIONAL").jsonPath("$.veto").isEqualTo(true)
                .jsonPath("$.findingId").isEqualTo("NAT-国办通报〔2026〕3号-12")
                .jsonPath("$.hostOrganizationName").isEqualTo("南通市崇川区教育体育局");
        enter(TestTokens.cityAdmin(), Map.of()).expectStatus().isEqualTo(409);
        enter(TestTokens.cityAdmin(), Map.of("source", "PROVINCIAL", "accountId", health, "itemCode", "NAMING"))
                .expectStatus().isCreated().expectBody().jsonPath("$.source").isEqualTo("PROVINCIAL").jsonPath("$.veto").isEqualTo(false);
        enter(TestTokens.auditor(), Map.of("reference", "X-1")).expectStatus().isForbidden();
        enter(TestTokens.ccSupervisor(), Map.of("reference", "X-2")).expectStatus().isForbidden();
        enter(TestTokens.cityAdmin(), Map.of("reference", "X-3", "foundOn", today.plusDays(1).toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("foundOn");
        enter(TestTokens.cityAdmin(), Map.of("reference", "X-4", "rectificationDeadline", today.minusDays(1).toString()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("rectificationDeadline");
        enter(TestTokens.cityAdmin(), Map.of("reference", "X-5", "source", "CITY")).expectStatus().isBadRequest();
        assertThat(Fixture.text("select count(*) from inspection_findings where province_finding_id like '%X-%'")).isEqualTo("0");
        assertThat(Fixture.text("select count(*) from audit_events where action = 'ENTER' and entity_type = 'inspection_finding'"))
                .isEqualTo("2");

        web.get().uri("/api/v1/external-findings").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2);
        web.get().uri("/api/v1/rectifications").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.source == 'NATIONAL')].accountId").isEqualTo(List.of((int) edu));

        List<Map<String, Object>> results = web.get().uri("/api/v1/assessments/{year}", today.getYear())
                .headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isOk().expectBody(LIST).returnResult()
                .getResponseBody();
        Map<String, Object> eduResult = results.stream().filter(r -> "南通市崇川区教育体育局".equals(r.get("organizationName"))).findFirst()
                .orElseThrow();
        assertThat(eduResult.get("vetoed")).as("a national veto zeroes the year (Art 32.3)").isEqualTo(true);
        assertThat(eduResult.get("score")).isEqualTo(0);
    }
}
