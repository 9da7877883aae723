package cn.gov.nantong.govmedia.faq;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.complaint.ComplaintResponse;
import cn.gov.nantong.govmedia.submission.Submissions;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 24: the FAQ knowledge base, kept by host operators, searched by the public in Chinese. */
@IntegrationTest
class FaqIT {

    private static final String OPERATOR = TestTokens.ccOperator();

    @Autowired
    WebTestClient web;

    private FaqResponse create(String question, String answer, boolean published) {
        return web.post().uri("/api/v1/faqs").headers(h -> h.setBearerAuth(OPERATOR)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("question", question, "answer", answer, "published", published)).exchange()
                .expectStatus().isCreated().expectBody(FaqResponse.class).returnResult().getResponseBody();
    }

    @Test
    @DisplayName("Art 24: FAQ entries are created, searched in Chinese by the public, changed with a version, deleted")
    @Tag("24.4")
    void crudAndChineseSearch() {
        FaqResponse faq = create("孩子转学需要哪些材料？", "请携带户口簿和学籍证明到区教育体育局办理。", true);
        assertThat(faq.organizationId()).isEqualTo(Organizations.idOf("CC-EDU"));
        create("教师资格认定时间", "每年春秋两季。", false);
        web.get().uri("/api/public/v1/faqs?q=转学").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].question").isEqualTo("孩子转学需要哪些材料？")
                .jsonPath("$.items[0].organizationName").isEqualTo("南通市崇川区教育体育局");
        web.get().uri("/api/public/v1/faqs?q=学籍证明").exchange().expectBody().jsonPath("$.totalItems").isEqualTo(1);
        web.get().uri("/api/public/v1/faqs?q=教师资格").exchange().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/faqs?q=教师资格").headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1);
        web.get().uri("/api/v1/faqs/{id}", faq.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();

        Map<String, Object> change = new HashMap<>(Map.of("question", "孩子转学需要哪些材料？", "answer", "<p>户口簿、学籍证明</p>",
                "version", faq.version()));
        FaqResponse changed = web.put().uri("/api/v1/faqs/{id}", faq.id()).headers(h -> h.setBearerAuth(OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange()
                .expectStatus().isOk().expectBody(FaqResponse.class).returnResult().getResponseBody();
        assertThat(changed.answer()).isEqualTo("户口簿、学籍证明");
        web.put().uri("/api/v1/faqs/{id}", faq.id()).headers(h -> h.setBearerAuth(OPERATOR)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(change).exchange().expectStatus().isEqualTo(409);
        web.delete().uri("/api/v1/faqs/{id}?version={v}", faq.id(), changed.version()).headers(h -> h.setBearerAuth(OPERATOR))
                .exchange().expectStatus().isNoContent();
        web.get().uri("/api/public/v1/faqs?q=转学").exchange().expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    @DisplayName("Art 24: an answered consultation becomes an FAQ entry in one action; other kinds are refused")
    @Tag("24.4")
    void promoteAnsweredConsultation() {
        long ccEdu = Organizations.idOf("CC-EDU");
        long id = Submissions.idOf(Submissions.submitted(web, Submissions.body("CONSULTATION", ccEdu, "幼儿园报名时间", "何时报名？"))
                .trackingNumber());
        web.post().uri("/api/v1/complaints/{id}/promote-to-faq", id).headers(h -> h.setBearerAuth(OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isEqualTo(422);
        ComplaintResponse c = Submissions.get(web, OPERATOR, id);
        Submissions.ok(Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/reply", id,
                Map.of("reply", "每年五月中旬网上报名，咨询 13800001111。", "version", c.version())));
        FaqResponse faq = web.post().uri("/api/v1/complaints/{id}/promote-to-faq", id).headers(h -> h.setBearerAuth(OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isCreated().expectBody(FaqResponse.class).returnResult().getResponseBody();
        assertThat(faq.sourceComplaintId()).isEqualTo(id);
        assertThat(faq.question()).isEqualTo("幼儿园报名时间");
        assertThat(faq.answer()).isEqualTo("每年五月中旬网上报名，咨询 138****1111。");
        web.get().uri("/api/public/v1/faqs?q=幼儿园").exchange().expectBody().jsonPath("$.items[0].id").isEqualTo(faq.id());

        long message = Submissions.idOf(Submissions.submitted(web, Submissions.body("MESSAGE", ccEdu, "留言", "内容")).trackingNumber());
        web.post().uri("/api/v1/complaints/{id}/promote-to-faq", message).headers(h -> h.setBearerAuth(OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("NOT_AN_ANSWERED_CONSULTATION");
    }
}
