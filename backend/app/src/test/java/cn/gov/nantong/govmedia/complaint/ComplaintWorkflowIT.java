package cn.gov.nantong.govmedia.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.submission.SubmissionReceipt;
import cn.gov.nantong.govmedia.submission.Submissions;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.Organizations;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 24, 29: moderation, forwarding, reply with masking, closing, reopening, deadlines, contact secrecy, scope. */
@IntegrationTest
class ComplaintWorkflowIT {

    private static final String OPERATOR = TestTokens.ccOperator();
    private static final String HANDLER = TestTokens.user("cc-handler", "CC-HEALTH", "HANDLER");
    private static final String SUPERVISOR = TestTokens.ccSupervisor();

    @Autowired
    WebTestClient web;
    @Autowired
    WorkingDayCalendar calendar;

    private final long ccEdu = Organizations.idOf("CC-EDU");

    private SubmissionReceipt submitWithContact(String kind, String title) {
        Map<String, Object> body = Submissions.body(kind, ccEdu, title, "孩子接种疫苗的事情");
        body.put("contact", Map.of("name", "张先生", "phone", "13912345678"));
        return Submissions.submitted(web, body);
    }

    @Test
    @DisplayName("Art 24, 29: published, forwarded to a department, answered by its handler with personal data masked, closed, reopened")
    @Tag("24.2")
    @Tag("24.5")
    void fullWorkflow() {
        SubmissionReceipt receipt = submitWithContact("CONSULTATION", "疫苗接种咨询");
        long id = Submissions.idOf(receipt.trackingNumber());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ComplaintResponse received = Submissions.get(web, OPERATOR, id);
        assertThat(received.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(received.moderation()).isEqualTo(Moderation.PENDING);
        assertThat(received.dueOn()).isEqualTo(calendar.plus(today, 5).block().date());
        assertThat(received.hasContact()).isTrue();

        ComplaintResponse published = Submissions.ok(Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/moderation", id,
                Map.of("action", "PUBLISH", "version", received.version())));
        assertThat(published.moderation()).isEqualTo(Moderation.PUBLISHED);
        Submissions.post(web, HANDLER, "/api/v1/complaints/{id}/reply", id, Map.of("reply", "答复", "version", published.version()))
                .expectStatus().isNotFound();

        web.get().uri("/api/v1/complaints/{id}/forward-targets", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == 'CC-HEALTH')].id").isEqualTo((int) Organizations.idOf("CC-HEALTH"))
                .jsonPath("$[?(@.code == 'CC-GOV-OFFICE')]").exists()
                .jsonPath("$[?(@.code == 'CC-EDU')]").doesNotExist()
                .jsonPath("$[?(@.code == 'RD-CULTURE')]").doesNotExist();
        web.get().uri("/api/v1/complaints/{id}/forward-targets", id).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/forward", id, Map.of("organizationId", Organizations.idOf("RD-CULTURE"),
                "dueInWorkingDays", 3, "version", published.version())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("organizationId");
        ComplaintResponse forwarded = Submissions.ok(Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/forward", id,
                Map.of("organizationId", Organizations.idOf("CC-HEALTH"), "dueInWorkingDays", 3, "note", "请答复", "version",
                        published.version())));
        assertThat(forwarded.status()).isEqualTo(ComplaintStatus.FORWARDED);
        assertThat(forwarded.dueOn()).isEqualTo(calendar.plus(today, 3).block().date());
        Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/forward", id, Map.of("organizationId", Organizations.idOf("CC-HEALTH"),
                "dueInWorkingDays", 3, "version", published.version())).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("STALE_VERSION");
        web.get().uri("/api/v1/complaints/{id}", id).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();

        ComplaintResponse answered = Submissions.ok(Submissions.post(web, HANDLER, "/api/v1/complaints/{id}/reply", id, Map.of(
                "reply", "张先生您好：<b>请</b>携带身份证 320684198506150040 到社区卫生服务中心接种，咨询电话 13800001111。",
                "version", forwarded.version())));
        assertThat(answered.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.reply()).isEqualTo("张**您好：请携带身份证 320684********0040 到社区卫生服务中心接种，咨询电话 138****1111。");
        assertThat(answered.repliedBy()).isEqualTo("cc-handler");
        web.get().uri("/api/public/v1/complaints/{n}", receipt.trackingNumber()).header("X-Query-Token", receipt.queryToken())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ANSWERED")
                .jsonPath("$.reply").isEqualTo(answered.reply());

        Submissions.post(web, HANDLER, "/api/v1/complaints/{id}/close", id, Map.of("version", answered.version()))
                .expectStatus().isForbidden();
        ComplaintResponse closed = Submissions.ok(Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/close", id,
                Map.of("version", answered.version())));
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/close", id, Map.of("version", closed.version()))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("COMPLAINT_STATE");
        Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/reopen", id, Map.of("version", closed.version()))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        ComplaintResponse reopened = Submissions.ok(Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/reopen", id,
                Map.of("reason", "群众反映仍未解决", "version", closed.version())));
        assertThat(reopened.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(reopened.closedAt()).isNull();

        web.get().uri("/api/v1/complaints/{id}/timeline", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[*].action").isEqualTo(java.util.List.of("SUBMIT", "PUBLISH", "FORWARD", "REPLY", "CLOSE", "REOPEN"))
                .jsonPath("$[0].actor").isEqualTo("anonymous");
    }

    @Test
    @DisplayName("Art 24: hiding needs a reason and is audited")
    @Tag("24.3")
    void hideWithReason() {
        long id = Submissions.idOf(submitWithContact("MESSAGE", "广告留言").trackingNumber());
        ComplaintResponse c = Submissions.get(web, OPERATOR, id);
        Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/moderation", id, Map.of("action", "HIDE", "version", c.version()))
                .expectStatus().isBadRequest();
        ComplaintResponse hidden = Submissions.ok(Submissions.post(web, OPERATOR, "/api/v1/complaints/{id}/moderation", id,
                Map.of("action", "HIDE", "reason", "含有广告内容", "version", c.version())));
        assertThat(hidden.moderation()).isEqualTo(Moderation.HIDDEN);
        assertThat(hidden.moderationReason()).isEqualTo("含有广告内容");
        web.get().uri("/api/v1/audit-events?entityType=complaint&entityId={id}&action=HIDE", id)
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange().expectBody().jsonPath("$.totalItems").isEqualTo(1);
    }

    @Test
    @DisplayName("Art 24: the contact is only for the handling organization, every read is audited; other units get 403 or 404")
    @Tag("28.1")
    void contactRestrictedAndAudited() {
        long id = Submissions.idOf(submitWithContact("COMPLAINT", "噪音投诉").trackingNumber());
        web.get().uri("/api/v1/complaints/{id}", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectBody().jsonPath("$.contactPhone").doesNotExist().jsonPath("$.contact").doesNotExist();
        web.get().uri("/api/v1/complaints/{id}/contact", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("张先生").jsonPath("$.phone").isEqualTo("13912345678");
        web.get().uri("/api/v1/complaints/{id}/contact", id).headers(h -> h.setBearerAuth(SUPERVISOR)).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/complaints/{id}/contact", id).headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/audit-events?entityType=complaint&entityId={id}&action=READ_CONTACT", id)
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].actor").isEqualTo("cc-operator");
    }

    @Test
    @DisplayName("Art 24: overdue past the working-day deadline; list filters by overdue, kind, status and scope")
    @Tag("24.2")
    void overdueAndFilters() {
        long late = Submissions.idOf(submitWithContact("SUGGESTION", "逾期建议").trackingNumber());
        long onTime = Submissions.idOf(submitWithContact("SUGGESTION", "按期建议").trackingNumber());
        Submissions.execute("update complaints set due_on = current_date - 1 where id = " + late);
        assertThat(Submissions.get(web, OPERATOR, late).overdue()).isTrue();
        assertThat(Submissions.get(web, OPERATOR, onTime).overdue()).isFalse();
        web.get().uri("/api/v1/complaints?overdue=true&kind=SUGGESTION").headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(late);
        web.get().uri("/api/v1/complaints?overdue=false&kind=SUGGESTION&q=按期&sort=dueOn,asc").headers(h -> h.setBearerAuth(OPERATOR))
                .exchange().expectBody().jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(onTime);
        web.get().uri("/api/v1/complaints?kind=SUGGESTION").headers(h -> h.setBearerAuth(TestTokens.rdOperator())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        web.get().uri("/api/v1/complaints?sort=secret,asc").headers(h -> h.setBearerAuth(OPERATOR)).exchange()
                .expectStatus().isBadRequest();
    }
}
