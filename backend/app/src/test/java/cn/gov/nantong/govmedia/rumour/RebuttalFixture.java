package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Drives a rebuttal through the admin API and the review chain of CC-EDU (Art 17, 23). */
final class RebuttalFixture {

    static final String OPERATOR = TestTokens.ccOperator();
    static final String REVIEWER = TestTokens.user("cc-reviewer", "CC-EDU", "REVIEWER");
    static final String DEPUTY = TestTokens.user("cc-deputy", "CC-EDU", "DEPUTY_LEADER");
    static final String PRINCIPAL = TestTokens.user("cc-principal", "CC-EDU", "PRINCIPAL_LEADER");
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final WebTestClient web;
    final long accountId;
    final long organizationId;

    RebuttalFixture(WebTestClient web, long accountId) {
        this.web = web;
        this.accountId = accountId;
        this.organizationId = Organizations.idOf("CC-EDU");
    }

    /** An active account of CC-EDU; call from @BeforeAll (after the database reset). */
    static long account() throws Exception {
        try (Connection connection = TestDatabase.connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into accounts (platform, name, host_organization_id, operator_type, operator_name, responsible_person,
                                      status, status_changed_on)
                values ('WECHAT_OFFICIAL', '崇川教育', ?, 'IN_HOUSE', '办公室', '王敏', 'ACTIVE', current_date)
                returning id""")) {
            insert.setLong(1, Organizations.idOf("CC-EDU"));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                reportedComplaints(connection, row.getLong(1));
                return row.getLong(1);
            }
        }
    }

    /** Complaints 7, 12 and 15, which the rebuttals of these tests link (their ids are fixed so the tests can name them). */
    private static void reportedComplaints(Connection connection, long accountId) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into complaints (id, tracking_number, token_hash, kind, account_id, target_organization_id, title, content,
                                        status, due_on, client_hash, content_hash, received_on)
                select n, 'TS2026112700' || lpad(n::text, 3, '0'), repeat('0', 64), 'MESSAGE', ?, ?, '网传消息求证', '网传区图书馆闭馆，是真的吗？',
                       'RECEIVED', current_date + 7, repeat('0', 64), lpad(n::text, 64, '0'), current_date
                  from unnest(array[7, 12, 15]) as n""")) {
            insert.setLong(1, accountId);
            insert.setLong(2, Organizations.idOf("CC-EDU"));
            insert.executeUpdate();
        }
    }

    Map<String, Object> body(String title, String rumour, String truth) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("rumour", rumour);
        body.put("truth", truth);
        body.put("evidence", "区教育体育局工作通知。");
        body.put("evidenceLinks", List.of("https://www.chongchuan.gov.cn/jtj/art/2026/11/27/1.html"));
        body.put("rumourAppearances", List.of("https://weibo.com/1234567890/Abc123", "https://weibo.com/1234567890/Def456"));
        body.put("verdict", "FALSE");
        body.put("organizationId", organizationId);
        body.put("accountId", accountId);
        body.put("complaintIds", List.of(15, 12, 12));
        return body;
    }

    WebTestClient.ResponseSpec post(String token, String uri, Object body, Object... vars) {
        return web.post().uri(uri, vars).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    static Map<String, Object> json(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status).expectBody(JSON).returnResult().getResponseBody();
    }

    Map<String, Object> create(Map<String, Object> body) {
        return json(post(OPERATOR, "/api/v1/rumour-rebuttals", body), 201);
    }

    /** Sends to review; answers the review ticket. */
    Map<String, Object> review(Map<String, Object> rebuttal, String classification) {
        Map<String, Object> request = new HashMap<>(Map.of("version", rebuttal.get("version")));
        request.put("classification", classification);
        Map<String, Object> inReview = json(post(OPERATOR, "/api/v1/rumour-rebuttals/{id}/review", request, rebuttal.get("id")), 200);
        return ticket(((Number) inReview.get("reviewTicketId")).longValue());
    }

    Map<String, Object> ticket(long id) {
        return json(web.get().uri("/api/v1/review-tickets/{id}", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange(), 200);
    }

    Map<String, Object> submit(Map<String, Object> ticket) {
        return json(post(OPERATOR, "/api/v1/review-tickets/{id}/submit",
                Map.of("acknowledgeWarnings", true, "version", ticket.get("version")), ticket.get("id")), 200);
    }

    Map<String, Object> approve(String token, Map<String, Object> ticket) {
        return json(post(token, "/api/v1/review-tickets/{id}/decisions", Map.of("decision", "APPROVE", "version", ticket.get("version")),
                ticket.get("id")), 200);
    }

    Map<String, Object> publish(Map<String, Object> ticket, String url) {
        String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
        return json(post(OPERATOR, "/api/v1/review-tickets/{id}/publish", Map.of("url", url, "publishedAt", at), ticket.get("id")), 200);
    }

    /** Create → review (IMPORTANT) → submit → reviewer → deputy → publish: answers the rebuttal's id. */
    long published(Map<String, Object> body, String url) {
        Map<String, Object> rebuttal = create(body);
        Map<String, Object> approved = approve(DEPUTY, approve(REVIEWER, submit(review(rebuttal, null))));
        publish(approved, url);
        return ((Number) rebuttal.get("id")).longValue();
    }

    WebTestClient.ResponseSpec publicGet(String uri, Object... vars) {
        return web.get().uri(uri, vars).exchange();
    }
}
