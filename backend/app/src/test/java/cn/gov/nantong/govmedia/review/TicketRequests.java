package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Review-ticket requests as the admin app sends them: cc-operator submits, the token given decides. */
class TicketRequests {

    private final WebTestClient web;

    TicketRequests(WebTestClient web) {
        this.web = web;
    }

    /** A new ORIGINAL ticket of cc-operator's (201 expected). */
    TicketResponse draft(long accountId, String title, String body, String classification) {
        return web.post().uri("/api/v1/review-tickets").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", accountId, "title", title, "body", body, "origin", "ORIGINAL", "classification", classification))
                .exchange().expectStatus().isCreated().expectBody(TicketResponse.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec submit(TicketResponse ticket, boolean acknowledge) {
        return web.post().uri("/api/v1/review-tickets/{id}/submit", ticket.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("acknowledgeWarnings", acknowledge, "version", ticket.version())).exchange();
    }

    WebTestClient.ResponseSpec decide(String token, long id, String decision, long version, String comment) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "version", version));
        body.put("comment", comment);
        return web.post().uri("/api/v1/review-tickets/{id}/decisions", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    static TicketResponse ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(TicketResponse.class).returnResult().getResponseBody();
    }
}
