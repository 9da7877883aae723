package cn.gov.nantong.govmedia.assessment;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 33.1: commendations of units and people, recorded within the caller's subtree. */
@IntegrationTest
class CommendationIT {

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("Art 33.1: a competent authority commends a unit and a person of its subtree; bad input changes nothing")
    @Tag("33.1")
    void art33_1CommendationsAreRecordedWithinScope() {
        Commendation person = record(TestTokens.ccSupervisor(), commendation("PERSON", idOf("CC-EDU"), "王敏")).expectStatus().isCreated()
                .expectBody(Commendation.class).returnResult().getResponseBody();
        assertThat(person.organizationName()).isEqualTo("南通市崇川区教育体育局");
        assertThat(person.recordedBy()).isEqualTo("cc-supervisor");
        record(TestTokens.ccSupervisor(), commendation("UNIT", idOf("CC-HEALTH"), null)).expectStatus().isCreated();

        record(TestTokens.ccSupervisor(), commendation("PERSON", idOf("CC-EDU"), " ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("personName")
                .jsonPath("$.errors[0].message").isEqualTo("表彰个人须填写姓名");
        record(TestTokens.ccSupervisor(), commendation("UNIT", idOf("CC-EDU"), "王敏")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("personName");
        record(TestTokens.ccSupervisor(), commendation("GROUP", idOf("CC-EDU"), null)).expectStatus().isBadRequest();
        record(TestTokens.ccSupervisor(), commendation("UNIT", idOf("RD-CULTURE"), null)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("organizationId");
        Map<String, Object> early = commendation("UNIT", idOf("CC-EDU"), null);
        early.put("decidedOn", "2024-12-30");
        record(TestTokens.ccSupervisor(), early).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("decidedOn");
        Map<String, Object> future = commendation("UNIT", idOf("CC-EDU"), null);
        future.put("year", 2099);
        record(TestTokens.ccSupervisor(), future).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        record(TestTokens.ccOperator(), commendation("UNIT", idOf("CC-EDU"), null)).expectStatus().isForbidden();

        web.get().uri("/api/v1/commendations?year=2025").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(2);
        web.get().uri("/api/v1/commendations?kind=PERSON").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].personName").isEqualTo("王敏");
        web.get().uri("/api/v1/commendations").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);

        remove(TestTokens.user("rd-supervisor", "RD-GOV-OFFICE", "SUPERVISOR"), person.id(), 0).expectStatus().isNotFound();
        remove(TestTokens.ccSupervisor(), person.id(), 5).expectStatus().isEqualTo(409);
        remove(TestTokens.cityAdmin(), person.id(), 0).expectStatus().isNoContent();
        web.get().uri("/api/v1/audit-events?entityType=commendation").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(3);
    }

    private static Map<String, Object> commendation(String kind, long organizationId, String personName) {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2025, "kind", kind, "organizationId", organizationId,
                "reason", "全年原创发布 312 篇，留言办结率 100%", "decidedOn", "2026-01-15"));
        if (personName != null) {
            body.put("personName", personName);
        }
        return body;
    }

    private WebTestClient.ResponseSpec record(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/commendations").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec remove(String token, long id, long version) {
        return web.delete().uri("/api/v1/commendations/{id}?version={v}", id, version).headers(h -> h.setBearerAuth(token)).exchange();
    }
}
