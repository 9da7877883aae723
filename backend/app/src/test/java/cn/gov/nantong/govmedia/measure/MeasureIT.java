package cn.gov.nantong.govmedia.measure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Measures (Art 34): recorded with basis and date, scoped, and an ordered closure opens the CLOSE filing (Art 16). */
@IntegrationTest
class MeasureIT {

    @Autowired
    WebTestClient web;

    private WebTestClient.ResponseSpec create(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/measures").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static Map<String, Object> measure(String type, String key, long id) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, key, id, "basis", "连续三个月未更新，经约谈仍未整改",
                "decidedOn", "2026-11-20"));
        body.put("documentNumber", "通政办〔2026〕31号");
        return body;
    }

    @Test
    @DisplayName("Art 34 + Art 16: ORDERED_CLOSURE opens a CLOSE filing for the account with the order as its basis; audited")
    @Tag("34.2")
    void art34OrderedClosureOpensCloseFiling() {
        long account = Fixture.account("责令关闭账号", "CC-EDU", "WEIBO", LocalDate.of(2026, 1, 1), "ACTIVE");
        Map<String, Object> created = create(TestTokens.cityAdmin(), measure("ORDERED_CLOSURE", "accountId", account))
                .expectStatus().isCreated().expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        assertThat(created.get("organizationName")).isEqualTo("南通市崇川区教育体育局");
        Number filingId = (Number) created.get("filingId");
        assertThat(filingId).isNotNull();
        web.get().uri("/api/v1/filings/{id}", filingId).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.type").isEqualTo("CLOSE")
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.accountId").isEqualTo(account);
        assertThat(Fixture.text("select basis_document_number from filings where id = " + filingId)).isEqualTo("通政办〔2026〕31号");
        assertThat(Fixture.text("select count(*) from audit_events where entity_type = 'measure' and action = 'CREATE' and entity_id = '"
                + created.get("id") + "'")).isEqualTo("1");

        // A second order while the CLOSE filing is pending is refused and leaves no measure behind (one transaction).
        create(TestTokens.cityAdmin(), measure("ORDERED_CLOSURE", "accountId", account)).expectStatus().isEqualTo(409);
        assertThat(Fixture.text("select count(*) from measures where account_id = " + account)).isEqualTo("1");
    }

    @Test
    @DisplayName("Art 34, 16.3: an ordered closure rests on the authority's order, cannot be returned, reaches the province as such "
            + "and is announced publicly once approved; a host cannot choose that basis itself")
    @Tag("34.2")
    @Tag("16.3")
    void art34OrderedClosureKeepsItsBasis() {
        long account = Fixture.account("责令关闭账号二", "CC-EDU", "DOUYIN", LocalDate.of(2026, 1, 1), "ACTIVE");
        Number filingId = (Number) create(TestTokens.cityAdmin(), measure("ORDERED_CLOSURE", "accountId", account))
                .expectStatus().isCreated().expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody().get("filingId");
        web.get().uri("/api/v1/filings/{id}", filingId).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectBody().jsonPath("$.basisType").isEqualTo("ORDERED_BY_AUTHORITY");
        decide(filingId, Map.of("decision", "RETURN", "reason", "不同意关闭")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("ORDERED_CLOSURE_NOT_RETURNABLE").jsonPath("$.article").isEqualTo("Art 34");
        assertThat(announced()).doesNotContain("责令关闭账号二");
        decide(filingId, Map.of("decision", "APPROVE")).expectStatus().isOk();
        web.get().uri("/api/public/v1/closure-announcements?size=50").exchange().expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .expectBody().jsonPath("$.items[?(@.accountName == '责令关闭账号二')].basisType").isEqualTo("ORDERED_BY_AUTHORITY")
                .jsonPath("$.items[?(@.accountName == '责令关闭账号二')].hostOrganizationName").isEqualTo("南通市崇川区教育体育局");
        assertThat(Fixture.text("select payload->'basis'->>'type' from sync_outbox where filing_id = " + filingId))
                .isEqualTo("ORDERED_BY_AUTHORITY");

        long other = Fixture.account("自行关闭账号", "CC-EDU", "KUAISHOU", LocalDate.of(2026, 1, 1), "ACTIVE");
        web.post().uri("/api/v1/filings").headers(h -> h.setBearerAuth(TestTokens.ccOperator())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "CLOSE", "accountId", other, "basis", Map.of("type", "ORDERED_BY_AUTHORITY",
                        "documentNumber", "崇教体〔2026〕12号", "decidedOn", "2026-11-20"),
                        "announcementStartsOn", "2026-12-01", "announcementEndsOn", "2026-12-31"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("basis.type");
    }

    private String announced() {
        return new String(web.get().uri("/api/public/v1/closure-announcements?size=50").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private WebTestClient.ResponseSpec decide(Number filingId, Map<String, Object> decision) {
        return web.post().uri("/api/v1/filings/{id}/decisions", filingId).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(decision).exchange();
    }

    @Test
    @DisplayName("Art 34: a government-office supervisor records a WARNING in its jurisdiction; outside it 404; operators 403")
    @Tag("34.1")
    void art34SupervisorWithinJurisdictionOnly() {
        long rdAccount = Fixture.account("如东文旅", "RD-CULTURE", "DOUYIN", LocalDate.of(2026, 1, 1), "ACTIVE");
        Map<String, Object> created = create(TestTokens.ccSupervisor(), measure("WARNING", "organizationId", Organizations.idOf("CC-HEALTH")))
                .expectStatus().isCreated().expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        assertThat(created.get("accountId")).isNull();
        create(TestTokens.ccSupervisor(), measure("INTERVIEW", "accountId", rdAccount)).expectStatus().isNotFound();
        create(TestTokens.ccOperator(), measure("NOTICE", "organizationId", Organizations.idOf("CC-EDU"))).expectStatus().isForbidden();

        web.get().uri("/api/v1/measures/{id}", created.get("id")).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/measures?type=WARNING").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].organizationName").isEqualTo("南通市崇川区卫生健康委员会");
    }

    @Test
    @DisplayName("Art 34: an ordered closure names one account and its document number; a measure names one target")
    @Tag("34.1")
    void art34Validation() {
        Map<String, Object> noNumber = measure("ORDERED_CLOSURE", "organizationId", Organizations.idOf("CC-EDU"));
        create(TestTokens.cityAdmin(), noNumber).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("accountId");
        Map<String, Object> both = measure("WARNING", "organizationId", Organizations.idOf("CC-EDU"));
        both.put("accountId", 1);
        create(TestTokens.cityAdmin(), both).expectStatus().isBadRequest();
        Map<String, Object> future = measure("WARNING", "organizationId", Organizations.idOf("CC-EDU"));
        future.put("decidedOn", "2099-01-01");
        create(TestTokens.cityAdmin(), future).expectStatus().isBadRequest();
    }
}
