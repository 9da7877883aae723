package cn.gov.nantong.govmedia.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.complaint.ComplaintResponse;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 24, 29, 30: anonymous submissions, tracking numbers, query tokens, idempotency, duplicates and bad input. */
@IntegrationTest
class ComplaintSubmissionIT {

    @Autowired
    WebTestClient web;

    private final long ccEdu = Organizations.idOf("CC-EDU");

    @Test
    @DisplayName("Art 24: a submission gets a TS tracking number and a token shown once; only its hash is stored")
    @Tag("24.1")
    void trackingNumberAndTokenSecrecy() {
        SubmissionReceipt receipt = Submissions.submitted(web, Submissions.body("CONSULTATION", ccEdu, "转学材料", "需要哪些材料？"));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(receipt.trackingNumber()).matches("TS" + today + "[0-9]{6}");
        assertThat(receipt.queryToken()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Submissions.longValue("select count(*) from complaints where token_hash = ?", receipt.queryToken())).isZero();

        web.get().uri("/api/public/v1/complaints/{n}", receipt.trackingNumber()).header("X-Query-Token", receipt.queryToken())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("RECEIVED")
                .jsonPath("$.title").isEqualTo("转学材料")
                .jsonPath("$.contact").doesNotExist();
        String detail = "受理编号或查询码有误，该件不存在或无权访问";
        web.get().uri("/api/public/v1/complaints/{n}", receipt.trackingNumber()).header("X-Query-Token", "wrong")
                .exchange().expectStatus().isNotFound().expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND").jsonPath("$.detail").isEqualTo(detail);
        web.get().uri("/api/public/v1/complaints/TS2019010199999").header("X-Query-Token", receipt.queryToken())
                .exchange().expectStatus().isNotFound().expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND").jsonPath("$.detail").isEqualTo(detail);
        web.get().uri("/api/public/v1/complaints/{n}", receipt.trackingNumber()).exchange().expectStatus().isNotFound();
    }

    @Test
    @DisplayName("Art 24: the same Idempotency-Key twice gives one row and the same answer; a different body under it is a 422")
    @Tag("24.1")
    void idempotencyKey() {
        Map<String, Object> body = Submissions.body("SUGGESTION", ccEdu, "建议延长开放时间", "图书馆周末延长开放 idem");
        SubmissionReceipt first = web.post().uri("/api/public/v1/complaints").header("Idempotency-Key", "key-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(SubmissionReceipt.class).returnResult().getResponseBody();
        SubmissionReceipt again = web.post().uri("/api/public/v1/complaints").header("Idempotency-Key", "key-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(SubmissionReceipt.class).returnResult().getResponseBody();
        assertThat(again.trackingNumber()).isEqualTo(first.trackingNumber());
        assertThat(again.queryToken()).isEqualTo(first.queryToken());
        assertThat(Submissions.longValue("select count(*) from complaints where title = ?", "建议延长开放时间")).isEqualTo(1);
        web.get().uri("/api/public/v1/complaints/{n}", first.trackingNumber()).header("X-Query-Token", again.queryToken())
                .exchange().expectStatus().isOk();

        Map<String, Object> other = new HashMap<>(body);
        other.put("content", "另一条内容");
        web.post().uri("/api/public/v1/complaints").header("Idempotency-Key", "key-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(other).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(Submissions.longValue("select count(*) from complaints where content = ?", "另一条内容")).isZero();
    }

    @Test
    @DisplayName("Art 24: the same content from the same client within the window is answered with the first tracking number")
    @Tag("24.1")
    void duplicateWindow() {
        Map<String, Object> body = Submissions.body("COMPLAINT", ccEdu, "校门口拥堵", "放学时校门口车辆拥堵 dup");
        SubmissionReceipt first = Submissions.submit(web, body).expectStatus().isCreated()
                .expectBody(SubmissionReceipt.class).returnResult().getResponseBody();
        SubmissionReceipt second = Submissions.submit(web, body).expectStatus().isOk()
                .expectBody(SubmissionReceipt.class).returnResult().getResponseBody();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.trackingNumber()).isEqualTo(first.trackingNumber());
        assertThat(second.queryToken()).isNull();
        assertThat(Submissions.longValue("select count(*) from complaints where title = ?", "校门口拥堵")).isEqualTo(1);
    }

    @Test
    @DisplayName("Art 24: HTML is stripped so an XSS payload is stored inert, including entity-encoded markup")
    void xssIsStrippedAndStoredInert() {
        Map<String, Object> body = Submissions.body("MESSAGE", ccEdu, "<script>alert(1)</script>留言<b>标题</b>",
                "&lt;img src=x onerror=alert(1)&gt;正文<a href=\"javascript:alert(2)\">链接</a> a < b");
        SubmissionReceipt receipt = Submissions.submit(web, body).expectStatus().isCreated()
                .expectBody(SubmissionReceipt.class).returnResult().getResponseBody();
        long id = Submissions.idOf(receipt.trackingNumber());
        ComplaintResponse stored = Submissions.get(web, cn.gov.nantong.govmedia.support.TestTokens.ccOperator(), id);
        assertThat(stored.title()).isEqualTo("留言标题");
        assertThat(stored.content()).isEqualTo("正文链接 a < b");
        assertThat(stored.content()).doesNotContain("<img", "onerror", "javascript:");
    }

    @Test
    @DisplayName("Art 24: bad input is a 400 problem naming the field; oversized bodies are refused")
    @Tag("24.1")
    void badInput() {
        Map<String, Object> control = Submissions.body("MESSAGE", ccEdu, "标题\u0007", "正文");
        Submissions.submit(web, control).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("title").jsonPath("$.errors[0].code").isEqualTo("ControlCharacter");
        Map<String, Object> phone = Submissions.body("MESSAGE", ccEdu, "标题", "正文");
        phone.put("contact", Map.of("name", "张先生", "phone", "1234"));
        Submissions.submit(web, phone).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("contact.phone");
        Map<String, Object> both = Submissions.body("MESSAGE", ccEdu, "标题", "正文");
        both.put("accountId", 1);
        Submissions.submit(web, both).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].code").isEqualTo("ExactlyOne");
        Submissions.submit(web, Submissions.body("ERROR_REPORT", ccEdu, "错别字", "第二段有错字")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("errorUrl");
        Submissions.submit(web, Submissions.body("COUNTERFEIT_REPORT", ccEdu, "假冒", "有假冒账号")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("suspect");
        Submissions.submit(web, Submissions.body("MESSAGE", ccEdu, "标题", "长".repeat(5001))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("content");
        Submissions.submit(web, Submissions.body("MESSAGE", ccEdu, "标题", "x".repeat(40_000))).expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    @DisplayName("Art 24: the public submit is rate-limited per device id: 429 with Retry-After, readable by a mobile web view")
    @Tag("24.1")
    void rateLimited() {
        for (int i = 0; i < 30; i++) {
            web.get().uri("/api/public/v1/faqs").header("X-Device-Id", "device-rate-test").exchange().expectStatus().isOk();
        }
        web.options().uri("/api/public/v1/complaints").header("Origin", "https://m.example.cn").header("X-Device-Id", "device-rate-test")
                .header("Access-Control-Request-Method", "POST").exchange().expectStatus().isOk();
        web.post().uri("/api/public/v1/complaints").header("X-Device-Id", "device-rate-test").header("Origin", "https://m.example.cn")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Submissions.body("MESSAGE", ccEdu, "标题", "正文")).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://m.example.cn")
                .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED");
    }

    @Test
    @DisplayName("Art 24: mobile web views on other origins may call the public endpoints (CORS)")
    void corsForPublicEndpoints() {
        web.options().uri("/api/public/v1/complaints").header("Origin", "https://m.example.cn")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "Idempotency-Key")
                .exchange().expectStatus().isOk()
                .expectHeader().exists("Access-Control-Allow-Origin");
    }
}
