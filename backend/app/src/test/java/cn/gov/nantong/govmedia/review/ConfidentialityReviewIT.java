package cn.gov.nantong.govmedia.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.contentcheck.Lexicons;
import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 28.3: content that may touch state secrets needs a recorded confidentiality review (保密审查) before sign-off. */
@IntegrationTest
class ConfidentialityReviewIT {

    private static final String REVIEWER = TestTokens.user("cc-reviewer", "CC-EDU", "REVIEWER");
    private static final String DEPUTY = TestTokens.user("cc-deputy", "CC-EDU", "DEPUTY_LEADER");
    private static long accountId;

    @Autowired
    WebTestClient web;
    @Autowired
    Lexicons lexicons;

    @BeforeEach
    void account() {
        if (accountId == 0) {
            accountId = Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", LocalDate.of(2026, 1, 5), "ACTIVE");
        }
        lexicons.reload().block();
    }

    @Test
    @DisplayName("Art 28.3: a secrecy mark flags the ticket; no approval before a reviewer records the 保密审查, then sign-off")
    @Tag("28.3")
    void art28_3FlaggedTicketNeedsTheAttestationBeforeSignOff() {
        TicketResponse ticket = submitted("本通知为内部资料，机密★1年，请各校传达。");
        assertThat(ticket.confidentiality().required()).isTrue();
        assertThat(ticket.confidentiality().attestedBy()).isNull();

        decide(REVIEWER, ticket, "APPROVE").expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("CONFIDENTIALITY_REVIEW_MISSING")
                .jsonPath("$.article").isEqualTo("Art 28")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("保密审查"))
                .jsonPath("$.detailEn").value(detail -> assertThat(detail.toString()).contains("confidentiality review"));

        attest(REVIEWER, ticket.id(), Map.of("note", " ", "version", ticket.version())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("note");
        attest(TestTokens.ccOperator(), ticket.id(), note(ticket)).expectStatus().isForbidden();
        attest(TestTokens.user("rd-reviewer", "RD-CULTURE", "REVIEWER"), ticket.id(), note(ticket)).expectStatus().isNotFound();
        attest(REVIEWER, ticket.id(), Map.of("note", "已核对", "version", ticket.version() + 5)).expectStatus().isEqualTo(409);
        assertThat(get(ticket.id()).confidentiality().attestedBy()).isNull();

        TicketResponse attested = attest(REVIEWER, ticket.id(), note(ticket)).expectStatus().isOk()
                .expectBody(TicketResponse.class).returnResult().getResponseBody();
        assertThat(attested.confidentiality().attestedBy()).isEqualTo("cc-reviewer");
        assertThat(attested.confidentiality().attestedAt()).isNotNull();
        assertThat(attested.confidentiality().note()).isEqualTo("经核对，不涉及国家秘密，可以公开");

        TicketResponse step2 = decide(REVIEWER, attested, "APPROVE").expectStatus().isOk()
                .expectBody(TicketResponse.class).returnResult().getResponseBody();
        TicketResponse approved = decide(DEPUTY, step2, "APPROVE").expectStatus().isOk()
                .expectBody(TicketResponse.class).returnResult().getResponseBody();
        assertThat(approved.status()).isEqualTo(TicketStatus.APPROVED);
        web.get().uri("/api/v1/audit-events?entityType=review_ticket&entityId={id}", ticket.id())
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.action == 'ATTEST_CONFIDENTIALITY')].actor").isEqualTo("cc-reviewer");
    }

    @Test
    @DisplayName("Art 28.3: content without a secrecy mark needs no 保密审查 and is signed off as before")
    @Tag("28.3")
    void art28_3UnflaggedTicketNeedsNoAttestation() {
        TicketResponse ticket = submitted("秋季运动会顺利举行。");
        assertThat(ticket.confidentiality().required()).isFalse();
        attest(REVIEWER, ticket.id(), note(ticket)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("CONFIDENTIALITY_REVIEW_NOT_REQUIRED");
        decide(REVIEWER, ticket, "APPROVE").expectStatus().isOk();
    }

    private TicketResponse submitted(String body) {
        TicketRequests tickets = new TicketRequests(web);
        return TicketRequests.ok(tickets.submit(tickets.draft(accountId, "通知", body, "IMPORTANT"), true));
    }

    private TicketResponse get(long id) {
        return web.get().uri("/api/v1/review-tickets/{id}", id).headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                .expectStatus().isOk().expectBody(TicketResponse.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> note(TicketResponse ticket) {
        return Map.of("note", "经核对，不涉及国家秘密，可以公开", "version", ticket.version());
    }

    private WebTestClient.ResponseSpec attest(String token, long id, Map<String, Object> body) {
        return web.put().uri("/api/v1/review-tickets/{id}/confidentiality-attestation", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec decide(String token, TicketResponse ticket, String decision) {
        return new TicketRequests(web).decide(token, ticket.id(), decision, ticket.version(), null);
    }
}
