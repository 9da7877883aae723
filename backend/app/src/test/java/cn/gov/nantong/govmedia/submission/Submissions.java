package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.complaint.ComplaintResponse;
import cn.gov.nantong.govmedia.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Helpers of the complaint tests: public submissions and staff steps. */
public final class Submissions {

    private Submissions() {
    }

    public static Map<String, Object> body(String kind, long organizationId, String title, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("organizationId", organizationId);
        body.put("title", title);
        body.put("content", content);
        return body;
    }

    public static WebTestClient.ResponseSpec submit(WebTestClient web, Map<String, Object> body) {
        return web.post().uri("/api/public/v1/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A fresh submission (unique content, so the duplicate window never folds it into another). */
    public static SubmissionReceipt submitted(WebTestClient web, Map<String, Object> body) {
        body.put("content", body.get("content") + " #" + UUID.randomUUID().toString().substring(0, 8));
        return submit(web, body).expectStatus().isCreated().expectBody(SubmissionReceipt.class).returnResult().getResponseBody();
    }

    public static long idOf(String trackingNumber) {
        return longValue("select id from complaints where tracking_number = ?", trackingNumber);
    }

    public static long longValue(String sql, Object parameter) {
        try (Connection connection = TestDatabase.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql) {
        try (Connection connection = TestDatabase.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WebTestClient.ResponseSpec post(WebTestClient web, String token, String uri, long id, Map<String, Object> body) {
        return web.post().uri(uri, id).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    public static ComplaintResponse ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isOk().expectBody(ComplaintResponse.class).returnResult().getResponseBody();
    }

    public static ComplaintResponse get(WebTestClient web, String token, long id) {
        return ok(web.get().uri("/api/v1/complaints/{id}", id).headers(h -> h.setBearerAuth(token)).exchange());
    }
}
