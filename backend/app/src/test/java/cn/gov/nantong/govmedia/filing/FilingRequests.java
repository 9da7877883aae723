package cn.gov.nantong.govmedia.filing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Filing requests as the admin app sends them, for the filing tests. */
class FilingRequests {

    private final WebTestClient web;

    FilingRequests(WebTestClient web) {
        this.web = web;
    }

    static Map<String, Object> account(String platform, String name) {
        Map<String, Object> account = new HashMap<>();
        account.put("platform", platform);
        account.put("name", name);
        account.put("certificationSubject", "南通市崇川区教育体育局");
        account.put("operatorType", "IN_HOUSE");
        account.put("operatorName", "崇川区教育体育局办公室");
        account.put("responsiblePerson", "王敏");
        account.put("functions", List.of("INFORMATION", "SERVICE"));
        return account;
    }

    static Map<String, Object> open(Map<String, Object> account) {
        return Map.of("type", "OPEN", "account", account);
    }

    WebTestClient.ResponseSpec submit(String token, Object body) {
        return web.post().uri("/api/v1/filings").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec decide(String token, long id, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return web.post().uri("/api/v1/filings/{id}/decisions", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    FilingResponse filed(String token, Object body) {
        return submit(token, body).expectStatus().isCreated().expectBody(FilingResponse.class).returnResult().getResponseBody();
    }
}
