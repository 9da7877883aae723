package cn.gov.nantong.govmedia.review;

import static cn.gov.nantong.govmedia.support.Organizations.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 17: a host designates who signs off its GENERAL content, with a deputy; nobody else signs it. */
@IntegrationTest
class SignOffDesignationIT {

    private static final String REVIEWER = TestTokens.user("cc-reviewer", "CC-EDU", "REVIEWER");
    private static final String SIGNER = TestTokens.user("cc-signer", "CC-EDU", "REVIEWER");
    private static final String DEPUTY = TestTokens.user("cc-deputy", "CC-EDU", "DEPUTY_LEADER");
    private static final String PRINCIPAL = TestTokens.user("cc-principal", "CC-EDU", "PRINCIPAL_LEADER");
    private static long accountId;

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void accountAndUsers() {
        accountId = Fixture.account("崇川教育微博", "CC-EDU", "WEIBO", LocalDate.now(), "ACTIVE");
        Fixture.exec("""
                insert into identity.users (username, display_name, organization_code, roles, password_hash, must_change_password)
                values ('cc-signer', '钱签发', 'CC-EDU', array['REVIEWER'], '{noop}unused', false),
                       ('cc-deputy', '孙分管', 'CC-EDU', array['DEPUTY_LEADER'], '{noop}unused', false),
                       ('cc-operator', '赵撰稿', 'CC-EDU', array['OPERATOR'], '{noop}unused', false),
                       ('rd-reviewer', '周审核', 'RD-CULTURE', array['REVIEWER'], '{noop}unused', false)""");
    }

    @BeforeEach
    void noDesignation() {
        Fixture.exec("delete from sign_off_designations");
    }

    private WebTestClient.ResponseSpec designate(String token, String signer, String deputy, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("signer", signer);
        body.put("deputy", deputy);
        body.put("version", version);
        return web.put().uri("/api/v1/sign-off-designations/{id}", idOf("CC-EDU")).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private TicketResponse inSignOff(String title) {
        TicketResponse draft = new TicketRequests(web).draft(accountId, title, "本周校园开放日照常举行。", "GENERAL");
        return TicketRequests.ok(decide(REVIEWER, TicketRequests.ok(new TicketRequests(web).submit(draft, false))));
    }

    private WebTestClient.ResponseSpec decide(String token, TicketResponse ticket) {
        return new TicketRequests(web).decide(token, ticket.id(), "APPROVE", ticket.version(), null);
    }

    private String awaiting(String token) {
        return web.get().uri("/api/v1/review-tickets?awaitingMe=true").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    @Tag("17.3")
    void art17GeneralContentIsSignedOnlyByTheDesignatedSignerOrTheDeputy() {
        designate(PRINCIPAL, "cc-signer", "cc-deputy", null).expectStatus().isOk().expectBody()
                .jsonPath("$.signer.displayName").isEqualTo("钱签发")
                .jsonPath("$.deputy.username").isEqualTo("cc-deputy")
                .jsonPath("$.version").isEqualTo(0);

        TicketResponse first = inSignOff("开放日通知");
        assertThat(first.nextStepSigners()).containsExactly("cc-signer", "cc-deputy");
        String marker = "\"id\":" + first.id() + ",";
        assertThat(awaiting(SIGNER)).contains(marker);
        assertThat(awaiting(PRINCIPAL)).doesNotContain(marker);
        decide(PRINCIPAL, first).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("NOT_THIS_STEPS_SIGNER")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("指定签发人", "cc-signer"));
        TicketResponse signed = TicketRequests.ok(decide(SIGNER, first));
        assertThat(signed.status()).isEqualTo(TicketStatus.APPROVED);
        assertThat(signed.decisions()).extracting(TicketResponse.Step::decidedBy).containsExactly("cc-reviewer", "cc-signer");

        TicketResponse second = inSignOff("开放日通知（二）");
        assertThat(TicketRequests.ok(decide(DEPUTY, second)).status()).isEqualTo(TicketStatus.APPROVED);
    }

    @Test
    @Tag("17.3")
    void art17TheDesignatingLeaderChoosesFromTheHostsSigningStaffByName() {
        web.get().uri("/api/v1/sign-off-designations/{id}/candidates", idOf("CC-EDU")).headers(h -> h.setBearerAuth(PRINCIPAL))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.username == 'cc-signer')].displayName").isEqualTo("钱签发")
                .jsonPath("$[?(@.username == 'cc-deputy')].displayName").isEqualTo("孙分管");
        web.get().uri("/api/v1/sign-off-designations/{id}/candidates", idOf("CC-EDU")).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/sign-off-designations/{id}/candidates", idOf("CC-EDU"))
                .headers(h -> h.setBearerAuth(TestTokens.user("rd-principal", "RD-CULTURE", "PRINCIPAL_LEADER"))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    @Tag("17.3")
    void art17OnlyTheHostsSigningStaffCanBeDesignatedAndEveryChangeIsAudited() {
        designate(PRINCIPAL, "rd-reviewer", null, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("signer");
        designate(PRINCIPAL, "cc-operator", null, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("signer");
        designate(PRINCIPAL, "cc-signer", "cc-signer", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deputy");
        designate(TestTokens.ccOperator(), "cc-signer", null, null).expectStatus().isForbidden();
        designate(TestTokens.user("rd-principal", "RD-CULTURE", "PRINCIPAL_LEADER"), "cc-signer", null, null).expectStatus().isNotFound();
        web.get().uri("/api/v1/sign-off-designations/{id}", idOf("CC-EDU")).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isNotFound();

        designate(TestTokens.ccSupervisor(), "cc-signer", null, null).expectStatus().isOk();
        designate(PRINCIPAL, "cc-deputy", null, null).expectStatus().isEqualTo(409);
        designate(PRINCIPAL, "cc-deputy", "cc-signer", 0L).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
        web.get().uri("/api/v1/sign-off-designations/{id}", idOf("CC-EDU")).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.signer.username").isEqualTo("cc-deputy");
        web.get().uri("/api/v1/audit-events?entityType=sign_off_designation&entityId={id}", idOf("CC-EDU"))
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[?(@.action == 'UPDATE')].before.signer.username").isEqualTo("cc-signer");
    }
}
