package cn.gov.nantong.govmedia.counterfeit;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.submission.Submissions;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 30: fakes found by staff, the request to 网信 / 公安 and its outcome, the platform's takedown followed to its end. */
@IntegrationTest
class CounterfeitLeadIT {

    private static final String OPERATOR = TestTokens.ccOperator();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("Art 30: staff open a lead without a public report, confirm it, refer it to 网信 and 公安 and record the outcome")
    @Tag("30.1")
    @Tag("30.2")
    void art30StaffLeadIsConfirmedAndReferred() {
        CounterfeitResponse lead = open(OPERATOR, lead(idOf("CC-EDU"), "崇川教育官方")).expectStatus().isCreated()
                .expectBody(CounterfeitResponse.class).returnResult().getResponseBody();
        assertThat(lead.source()).isEqualTo(CounterfeitSource.STAFF);
        assertThat(lead.complaintId()).isNull();
        assertThat(lead.status()).isEqualTo(InvestigationStatus.VERIFYING);
        assertThat(lead.openedBy()).isEqualTo("cc-operator");

        open(OPERATOR, lead(idOf("RD-CULTURE"), "如东文化")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("impersonatedOrganizationId");
        Map<String, Object> noLead = lead(idOf("CC-EDU"), "崇川教育官方");
        noLead.remove("lead");
        open(OPERATOR, noLead).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("lead");
        open(TestTokens.user("cc-reviewer", "CC-EDU", "REVIEWER"), lead(idOf("CC-EDU"), "崇川教育官方")).expectStatus().isForbidden();
        web.get().uri("/api/v1/counterfeits/{id}", lead.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();

        CounterfeitResponse confirmed = send("/api/v1/counterfeits/{id}/verdict", lead.id(), "POST", Map.of("verdict", "CONFIRMED_FAKE",
                "reason", "经核实该账号未经备案，冒用我局名义", "version", lead.version())).expectStatus().isOk()
                .expectBody(CounterfeitResponse.class).returnResult().getResponseBody();
        assertThat(confirmed.status()).isEqualTo(InvestigationStatus.CONFIRMED_FAKE);
        assertThat(confirmed.letterAvailable()).isTrue();
        assertThat(confirmed.authorityOrganizationName()).isEqualTo("南通市崇川区人民政府办公室");
        assertThat(confirmed.takedownDeadline()).isAfter(TODAY);
        web.get().uri("/api/public/v1/accounts/verify?name={n}", "崇川教育官方").exchange()
                .expectBody().jsonPath("$.knownCounterfeit").isEqualTo(true);
        web.get().uri("/api/v1/counterfeits/{id}/letter.pdf", lead.id()).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF);

        refer(lead.id(), Map.of("agency", "POLICE", "requestedOn", TODAY.toString(), "request", "报案")).expectStatus().isBadRequest();
        refer(lead.id(), Map.of("agency", "PUBLIC_SECURITY", "requestedOn", TODAY.plusDays(3).toString(), "request", "报案"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("requestedOn");
        CounterfeitReferral referral = refer(lead.id(), Map.of("agency", "CYBERSPACE_ADMINISTRATION", "requestedOn", TODAY.toString(),
                "request", "函请区网信办协调平台关停并固定证据")).expectStatus().isCreated()
                .expectBody(CounterfeitReferral.class).returnResult().getResponseBody();
        refer(lead.id(), Map.of("agency", "PUBLIC_SECURITY", "requestedOn", TODAY.toString(), "request", "向公安分局网安大队报案"))
                .expectStatus().isCreated();
        send("/api/v1/counterfeits/{id}/referrals/" + referral.id() + "/outcome", lead.id(), "PUT", Map.of("outcome", "已封禁",
                "outcomeOn", TODAY.minusDays(1).toString(), "version", 0)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("outcomeOn");
        send("/api/v1/counterfeits/{id}/referrals/" + referral.id() + "/outcome", lead.id(), "PUT", Map.of("outcome",
                "区网信办已约谈平台，账号已封禁", "outcomeOn", TODAY.toString(), "version", 0)).expectStatus().isOk()
                .expectBody().jsonPath("$.outcome").isEqualTo("区网信办已约谈平台，账号已封禁").jsonPath("$.version").isEqualTo(1);
        web.get().uri("/api/v1/counterfeits/{id}/referrals", lead.id()).headers(h -> h.setBearerAuth(TestTokens.ccSupervisor()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[1].agency").isEqualTo("PUBLIC_SECURITY");
        web.get().uri("/api/v1/counterfeits/{id}/referrals", lead.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/audit-events?entityType=counterfeit_referral").headers(h -> h.setBearerAuth(TestTokens.auditor()))
                .exchange().expectBody().jsonPath("$.totalItems").isEqualTo(3);
    }

    @Test
    @DisplayName("Art 30: the takedown is followed up past its deadline until staff confirm the fake is gone")
    @Tag("30.3")
    void art30TakedownIsFollowedUpUntilConfirmed() {
        CounterfeitResponse lead = open(TestTokens.ccSupervisor(), lead(idOf("CC-HEALTH"), "崇川卫健发布")).expectStatus().isCreated()
                .expectBody(CounterfeitResponse.class).returnResult().getResponseBody();
        send(TestTokens.ccSupervisor(), "/api/v1/counterfeits/{id}/takedown-confirmation", lead.id(), "PUT", Map.of("confirmedOn", TODAY.toString(),
                "note", "已关停", "version", lead.version())).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("TAKEDOWN_STATE");
        send(TestTokens.ccSupervisor(), "/api/v1/counterfeits/{id}/verdict", lead.id(), "POST", Map.of("verdict", "CONFIRMED_FAKE", "reason", "冒用名义",
                "version", lead.version(), "takedownDeadline", TODAY.minusDays(1).toString())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("takedownDeadline");
        CounterfeitResponse confirmed = send(TestTokens.ccSupervisor(), "/api/v1/counterfeits/{id}/verdict", lead.id(), "POST", Map.of("verdict", "CONFIRMED_FAKE",
                "reason", "冒用名义", "version", lead.version(), "takedownDeadline", TODAY.toString())).expectStatus().isOk()
                .expectBody(CounterfeitResponse.class).returnResult().getResponseBody();
        assertThat(confirmed.takedownDeadline()).isEqualTo(TODAY);
        assertThat(confirmed.takedownOverdue()).isFalse();

        Submissions.execute("update counterfeit_investigations set takedown_deadline = current_date - 2 "
                + "where id = " + lead.id());
        web.get().uri("/api/v1/counterfeits?takedownOverdue=true").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].takedownOverdue").isEqualTo(true);

        send(TestTokens.ccSupervisor(), "/api/v1/counterfeits/{id}/takedown-deadline", lead.id(), "PUT", Map.of("deadline", TODAY.minusDays(1).toString(),
                "version", confirmed.version())).expectStatus().isBadRequest();
        send(TestTokens.ccSupervisor(), "/api/v1/counterfeits/{id}/takedown-confirmation", lead.id(), "PUT", Map.of("confirmedOn", TODAY.toString(),
                "note", " ", "version", confirmed.version())).expectStatus().isBadRequest();
        send(TestTokens.ccSupervisor(), "/api/v1/counterfeits/{id}/takedown-confirmation", lead.id(), "PUT", Map.of("confirmedOn", TODAY.toString(),
                "note", "复核页面已无法访问", "version", confirmed.version())).expectStatus().isOk()
                .expectBody().jsonPath("$.takedownConfirmedBy").isEqualTo("cc-supervisor").jsonPath("$.takedownOverdue").isEqualTo(false);
        web.get().uri("/api/v1/counterfeits?takedownOverdue=true").headers(h -> h.setBearerAuth(TestTokens.ccSupervisor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/counterfeits?source=STAFF").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    private static Map<String, Object> lead(long organizationId, String name) {
        return new HashMap<>(Map.of("platform", "DOUYIN", "name", name, "link", "https://www.douyin.com/user/fake",
                "impersonatedOrganizationId", organizationId, "lead", "日常巡查中发现该账号冒用单位名义"));
    }

    private WebTestClient.ResponseSpec open(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/counterfeits").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec refer(long id, Map<String, Object> body) {
        return send("/api/v1/counterfeits/{id}/referrals", id, "POST", body);
    }

    private WebTestClient.ResponseSpec send(String uri, long id, String method, Map<String, Object> body) {
        return send(OPERATOR, uri, id, method, body);
    }

    private WebTestClient.ResponseSpec send(String token, String uri, long id, String method, Map<String, Object> body) {
        return web.method(HttpMethod.valueOf(method)).uri(uri, id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
