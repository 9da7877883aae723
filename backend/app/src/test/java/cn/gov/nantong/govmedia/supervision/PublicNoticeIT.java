package cn.gov.nantong.govmedia.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
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

/** Art 32.6: spot-check and assessment notices, once released, are public, without personal data. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("32.6")
class PublicNoticeIT {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient web;

    @BeforeAll
    void accounts() {
        Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", LocalDate.of(2026, 1, 1), "ACTIVE");
        Fixture.account("崇川卫健", "CC-HEALTH", "WECHAT_OFFICIAL", LocalDate.of(2026, 1, 1), "ACTIVE");
        Fixture.exec("insert into commendations (year, kind, organization_id, person_name, reason, decided_on, recorded_by) "
                + "select 2026, 'PERSON', id, '王敏', '个人表彰事由', date '2026-11-01', 'city-admin' from organizations where code = 'CC-EDU'");
    }

    private WebTestClient.ResponseSpec release(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/supervision/notices").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Test
    @DisplayName("Art 32.6: a county's closed spot check and the city's assessment, once released, are listed and read anonymously, "
            + "cacheable, with results but no descriptions, persons or usernames; an open check is not released; once only")
    void art32_6ReleasedNoticesArePublic() {
        Map<String, Object> check = web.post().uri("/api/v1/spot-checks").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("quarter", "2026-Q3", "seed", 4)).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        Object account = ((List<Map<String, Object>>) check.get("accounts")).get(0).get("accountId");
        web.post().uri("/api/v1/spot-checks/{id}/findings", check.get("id")).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", account, "itemCode", "NAMING", "description", "联系人王敏电话13812345678未公开")).exchange()
                .expectStatus().isCreated();
        release(TestTokens.ccSupervisor(), Map.of("kind", "SPOT_CHECK", "spotCheckId", check.get("id"))).expectStatus().isEqualTo(409);
        assertThat(Fixture.text("select count(*) from published_notices")).isEqualTo("0");
        web.post().uri("/api/v1/spot-checks/{id}/close", check.get("id")).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectStatus().isOk();
        release(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"), Map.of("kind", "SPOT_CHECK", "spotCheckId", check.get("id")))
                .expectStatus().isBadRequest();
        release(TestTokens.ccSupervisor(), Map.of("kind", "ASSESSMENT", "year", 2026)).expectStatus().isForbidden();
        release(TestTokens.ccSupervisor(), Map.of("kind", "SPOT_CHECK", "spotCheckId", check.get("id"))).expectStatus().isCreated()
                .expectBody().jsonPath("$.organizationName").isEqualTo("南通市崇川区人民政府")
                .jsonPath("$.spotCheck.failed").isEqualTo(0)
                .jsonPath("$.spotCheck.problems[0].itemName").isEqualTo("账号名称、认证主体不规范");
        release(TestTokens.ccSupervisor(), Map.of("kind", "SPOT_CHECK", "spotCheckId", check.get("id"))).expectStatus().isEqualTo(409);
        release(TestTokens.cityAdmin(), Map.of("kind", "ASSESSMENT", "year", 2026)).expectStatus().isCreated();

        var listed = web.get().uri("/api/public/v1/supervision-notices").exchange().expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*public.*").expectBody(MAP).returnResult().getResponseBody();
        assertThat(listed.get("totalItems")).isEqualTo(2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) listed.get("items");
        assertThat(items).extracting(n -> n.get("kind")).containsExactly("ASSESSMENT", "SPOT_CHECK");
        assertThat(items.get(1).get("title")).isEqualTo("关于2026年第三季度南通市崇川区人民政府政务新媒体抽查情况的通报");
        for (Map<String, Object> notice : items) {
            String body = web.get().uri("/api/public/v1/supervision-notices/{id}", notice.get("id")).exchange().expectStatus().isOk()
                    .expectHeader().valueMatches("Cache-Control", ".*max-age=300.*").expectBody(String.class).returnResult()
                    .getResponseBody();
            assertThat(body).doesNotContain("王敏", "13812345678", "cc-supervisor", "city-admin", "个人表彰事由");
        }
        web.get().uri("/api/public/v1/supervision-notices?kind=ASSESSMENT").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].period").isEqualTo("2026").jsonPath("$.totalItems").isEqualTo(1);
        web.get().uri("/api/public/v1/supervision-notices/987654").exchange().expectStatus().isNotFound();
        assertThat(Fixture.text("select count(*) from audit_events where action = 'RELEASE'")).isEqualTo("2");
    }
}
