package cn.gov.nantong.govmedia.rumour;

import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.OPERATOR;
import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 23: staff write rebuttals within their own subtree, with checked input, optimistic locking and an audit trail. */
@IntegrationTest
class RebuttalAdminIT extends RebuttalTestBase {

    private Map<String, Object> sample() {
        return fixture.body("关于“区图书馆闭馆一年”的辟谣", "网传“崇川区图书馆将闭馆装修一年”。", "经核实，区图书馆仅于12月1日闭馆一天进行设备检修。");
    }

    private WebTestClient.ResponseSpec put(String token, long id, Object body) {
        return web.put().uri("/api/v1/rumour-rebuttals/{id}", id).headers(h -> h.setBearerAuth(token)).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String token, String uri, Object... vars) {
        return web.get().uri(uri, vars).headers(h -> h.setBearerAuth(token)).exchange();
    }

    @Test
    @Tag("23.3")
    void art23AnOperatorOfAnotherDistrictNeitherSeesNorChangesAChongchuanRebuttal() {
        long id = ((Number) fixture.create(sample()).get("id")).longValue();
        String rd = TestTokens.rdOperator();
        get(rd, "/api/v1/rumour-rebuttals/{id}", id).expectStatus().isNotFound();
        get(rd, "/api/v1/rumour-rebuttals").expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        Map<String, Object> change = sample();
        change.put("version", 0);
        put(rd, id, change).expectStatus().isNotFound();
        fixture.post(rd, "/api/v1/rumour-rebuttals/{id}/review", Map.of("version", 0), id).expectStatus().isNotFound();
        get(TestTokens.cityAdmin(), "/api/v1/rumour-rebuttals/{id}", id).expectStatus().isOk();
        get(TestTokens.auditor(), "/api/v1/rumour-rebuttals").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].id").isEqualTo(id);
        fixture.post(TestTokens.auditor(), "/api/v1/rumour-rebuttals", sample()).expectStatus().isForbidden();
        Map<String, Object> elsewhere = sample();
        elsewhere.put("organizationId", Organizations.idOf("RD-CULTURE"));
        fixture.post(OPERATOR, "/api/v1/rumour-rebuttals", elsewhere).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("organizationId");
    }

    @Test
    @Tag("23.3")
    void art23BadInputIsRefusedWithFieldReasons() {
        Map<String, Object> missing = sample();
        missing.remove("rumour");
        missing.put("title", "长".repeat(101));
        fixture.post(OPERATOR, "/api/v1/rumour-rebuttals", missing).expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json").expectBody()
                .jsonPath("$.errors[?(@.field == 'rumour')].message").exists()
                .jsonPath("$.errors[?(@.field == 'title')].messageEn").exists();
        Map<String, Object> badLink = sample();
        badLink.put("evidenceLinks", List.of("javascript:alert(1)"));
        fixture.post(OPERATOR, "/api/v1/rumour-rebuttals", badLink).expectStatus().isBadRequest();
        Map<String, Object> badVerdict = sample();
        badVerdict.put("verdict", "TRUE-ISH");
        fixture.post(OPERATOR, "/api/v1/rumour-rebuttals", badVerdict).expectStatus().isBadRequest();
        Map<String, Object> unknownAccount = sample();
        unknownAccount.put("accountId", 999_999);
        fixture.post(OPERATOR, "/api/v1/rumour-rebuttals", unknownAccount).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("accountId");
        Map<String, Object> unknownComplaint = sample();
        unknownComplaint.put("complaintIds", List.of(12, 404_404));
        fixture.post(OPERATOR, "/api/v1/rumour-rebuttals", unknownComplaint).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("complaintIds");

        String cityOperator = TestTokens.user("nt-operator", "NT-GOV-OFFICE", "OPERATOR");
        Map<String, Object> foreignAccount = sample();
        foreignAccount.put("organizationId", Organizations.idOf("RD-CULTURE"));
        fixture.post(cityOperator, "/api/v1/rumour-rebuttals", foreignAccount).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("accountId")
                .jsonPath("$.errors[0].code").isEqualTo("HostedByIssuer");
        get(OPERATOR, "/api/v1/rumour-rebuttals?sort=rumour,asc").expectStatus().isBadRequest();
        get(OPERATOR, "/api/v1/rumour-rebuttals?status=LIVE").expectStatus().isBadRequest();
    }

    @Test
    @SuppressWarnings("unchecked")
    void art23ChangesNeedTheCurrentVersionAreAuditedAndWaitWhileUnderReview() {
        Map<String, Object> created = fixture.create(sample());
        long id = ((Number) created.get("id")).longValue();
        Map<String, Object> change = sample();
        change.put("truth", "经核实，区图书馆正常开放。");
        change.put("complaintIds", List.of(7));
        put(OPERATOR, id, change).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        change.put("version", created.get("version"));
        Map<String, Object> changed = json(put(OPERATOR, id, change), 200);
        assertThat(changed).containsEntry("truth", "经核实，区图书馆正常开放。").containsEntry("complaintIds", List.of(7))
                .containsEntry("version", ((Number) created.get("version")).intValue() + 1);
        put(OPERATOR, id, change).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("STALE_VERSION");

        Map<String, Object> ticket = fixture.review(changed, null);
        fixture.post(OPERATOR, "/api/v1/rumour-rebuttals/{id}/review", Map.of("version", ticket.get("version")), id)
                .expectStatus().isEqualTo(409);
        Map<String, Object> underReview = json(get(OPERATOR, "/api/v1/rumour-rebuttals/{id}", id), 200);
        change.put("version", underReview.get("version"));
        put(OPERATOR, id, change).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("REBUTTAL_IN_REVIEW");

        web.post().uri("/api/v1/review-tickets/{id}/withdraw?version={v}", ticket.get("id"), ticket.get("version"))
                .headers(h -> h.setBearerAuth(OPERATOR)).exchange().expectStatus().isOk();
        assertThat(json(put(OPERATOR, id, change), 200)).containsEntry("status", "DRAFT");
        get(OPERATOR, "/api/v1/rumour-rebuttals?status=DRAFT&q={q}", "正常开放").expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(id);
        get(OPERATOR, "/api/v1/rumour-rebuttals?status=PUBLISHED&q={q}", "正常开放").expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
        get(TestTokens.auditor(), "/api/v1/audit-events?entityType=rumour_rebuttal&entityId={id}", id).expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].action").value(actions -> assertThat((List<Object>) actions)
                        .contains("CREATE", "UPDATE", "REQUEST_REVIEW"));
    }
}
