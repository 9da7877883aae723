package cn.gov.nantong.govmedia.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.contentcheck.Lexicons;
import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 17-21: review before publishing, graded sign-off, separation of duties, automatic checks. */
@IntegrationTest
class TicketWorkflowIT {

    private static final String REVIEWER = TestTokens.user("cc-reviewer", "CC-EDU", "REVIEWER");
    private static final String DEPUTY = TestTokens.user("cc-deputy", "CC-EDU", "DEPUTY_LEADER");
    private static final String PRINCIPAL = TestTokens.user("cc-principal", "CC-EDU", "PRINCIPAL_LEADER");
    private static long accountId;

    @Autowired
    WebTestClient web;
    @Autowired
    Lexicons lexicons;
    private TicketRequests tickets;

    @BeforeEach
    void requests() {
        tickets = new TicketRequests(web);
    }

    @BeforeAll
    static void account() {
        accountId = Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", LocalDate.now(), "ACTIVE");
    }

    private TicketResponse create(String body, String classification) {
        lexicons.reload().block();
        return web.post().uri("/api/v1/review-tickets").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", accountId, "title", "通知", "body", body, "origin", "ORIGINAL",
                        "classification", classification))
                .exchange().expectStatus().isCreated().expectBody(TicketResponse.class).returnResult().getResponseBody();
    }

    @Test
    @Tag("17.2")
    @Tag("20.2")
    void art17And20ImportantContentWithAnIdIsDeidentifiedThenSignedByReviewerAndDeputy() {
        TicketResponse draft = create("报名咨询：王老师，身份证 320684198506150040。", "IMPORTANT");
        tickets.submit(draft, true).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("CONTENT_BLOCKED")
                .jsonPath("$.errors[0].code").isEqualTo("PERSONAL_DATA");
        TicketResponse edited = TicketRequests.ok(web.patch().uri("/api/v1/review-tickets/{id}", draft.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("body", "报名咨询：王老师，身份证 320684********0040。", "version", draft.version())).exchange());
        assertThat(edited.contentVersion()).isEqualTo(2);
        web.get().uri("/api/v1/review-tickets/{id}/versions", draft.id()).headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].body").isEqualTo("报名咨询：王老师，身份证 320684198506150040。")
                .jsonPath("$[1].body").isEqualTo("报名咨询：王老师，身份证 320684********0040。");
        TicketResponse inReview = TicketRequests.ok(tickets.submit(edited, false));
        assertThat(inReview.status()).isEqualTo(TicketStatus.IN_REVIEW);
        assertThat(inReview.nextStepRoles()).extracting(Enum::name).containsExactly("REVIEWER");

        tickets.decide(TestTokens.ccOperator(), inReview.id(), "APPROVE", inReview.version(), null).expectStatus().isForbidden();
        TicketResponse step2 = TicketRequests.ok(tickets.decide(REVIEWER, inReview.id(), "APPROVE", inReview.version(), "内容无误"));
        tickets.decide(REVIEWER, inReview.id(), "APPROVE", inReview.version(), null).expectStatus().isEqualTo(409);
        tickets.decide(REVIEWER, inReview.id(), "APPROVE", step2.version(), null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_THIS_STEPS_SIGNER");
        TicketResponse approved = TicketRequests.ok(tickets.decide(DEPUTY, inReview.id(), "APPROVE", step2.version(), "同意发布"));
        assertThat(approved.status()).isEqualTo(TicketStatus.APPROVED);
        assertThat(approved.decisions()).extracting(TicketResponse.Step::decidedBy).containsExactly("cc-reviewer", "cc-deputy");

        TicketResponse published = TicketRequests.ok(web.post().uri("/api/v1/review-tickets/{id}/publish", approved.id())
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://mp.weixin.qq.com/s/t1", "publishedAt", "2026-11-27T10:00:00+08:00")).exchange());
        assertThat(published.status()).isEqualTo(TicketStatus.PUBLISHED);
        web.get().uri("/api/v1/publications?accountId={id}", accountId).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .exchange().expectBody().jsonPath("$.items[?(@.url == 'https://mp.weixin.qq.com/s/t1')].imported").isEqualTo(false);
        web.get().uri("/api/v1/review-tickets/{id}", approved.id()).headers(h -> h.setBearerAuth(TestTokens.rdOperator()))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    @DisplayName("a URL already published by another ticket is refused (409) and nothing moves; a hand-recorded one is linked")
    void onePublicationPerUrl() {
        TicketResponse first = approvedGeneral("第一篇");
        TicketResponse second = approvedGeneral("第二篇");
        TicketResponse third = approvedGeneral("第三篇");
        Fixture.exec("insert into publications (account_id, host_organization_id, published_at, origin, title, url, recorded_by) "
                + "select id, host_organization_id, now(), 'ORIGINAL', '第三篇', 'https://mp.weixin.qq.com/s/by-hand', 'cc-operator' "
                + "from accounts where id = " + accountId);
        assertThat(TicketRequests.ok(publish(first, "https://mp.weixin.qq.com/s/same")).status()).isEqualTo(TicketStatus.PUBLISHED);
        publish(second, "https://mp.weixin.qq.com/s/same").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("PUBLICATION_URL_TAKEN");
        web.get().uri("/api/v1/review-tickets/{id}", second.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("APPROVED");
        assertThat(TicketRequests.ok(publish(third, "https://mp.weixin.qq.com/s/by-hand")).status()).isEqualTo(TicketStatus.PUBLISHED);
        assertThat(Fixture.text("select string_agg(url || ' ' || coalesce(ticket_id::text, '-'), ',' order by url) from publications "
                + "where url in ('https://mp.weixin.qq.com/s/same', 'https://mp.weixin.qq.com/s/by-hand')"))
                .isEqualTo("https://mp.weixin.qq.com/s/by-hand " + third.id() + ",https://mp.weixin.qq.com/s/same " + first.id());
    }

    private TicketResponse approvedGeneral(String body) {
        TicketResponse ticket = TicketRequests.ok(tickets.submit(create(body + "顺利举行。", "GENERAL"), false));
        TicketResponse step2 = TicketRequests.ok(tickets.decide(REVIEWER, ticket.id(), "APPROVE", ticket.version(), null));
        return TicketRequests.ok(tickets.decide(DEPUTY, ticket.id(), "APPROVE", step2.version(), null));
    }

    private WebTestClient.ResponseSpec publish(TicketResponse ticket, String url) {
        return web.post().uri("/api/v1/review-tickets/{id}/publish", ticket.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("url", url, "publishedAt", "2026-11-27T10:00:00+08:00")).exchange();
    }

    @Test
    @Tag("17.1")
    @Tag("17.3")
    void art17GeneralContentIsSignedByALeaderOfTheHostWhileNoSignerIsDesignated() {
        TicketResponse ticket = TicketRequests.ok(tickets.submit(create("秋季运动会顺利举行。", "GENERAL"), false));
        TicketResponse step2 = TicketRequests.ok(tickets.decide(REVIEWER, ticket.id(), "APPROVE", ticket.version(), null));
        assertThat(step2.nextStepSigners()).isEmpty();
        tickets.decide(TestTokens.user("cc-reviewer-2", "CC-EDU", "REVIEWER"), ticket.id(), "APPROVE", step2.version(), null)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("NOT_THIS_STEPS_SIGNER");
        assertThat(TicketRequests.ok(tickets.decide(DEPUTY, ticket.id(), "APPROVE", step2.version(), null)).status()).isEqualTo(TicketStatus.APPROVED);
    }

    @Test
    @Tag("17.2")
    void art17OnlyTheHostsOwnLeadersSignAndAPrincipalMaySignInTheDeputysPlace() {
        TicketResponse ticket = TicketRequests.ok(tickets.submit(create("家长开放日安排。", "IMPORTANT"), false));
        TicketResponse step2 = TicketRequests.ok(tickets.decide(TestTokens.user("cc-office-reviewer", "CC-GOV-OFFICE", "REVIEWER"), ticket.id(), "APPROVE",
                ticket.version(), null));
        tickets.decide(TestTokens.user("cc-office-deputy", "CC-GOV-OFFICE", "DEPUTY_LEADER"), ticket.id(), "APPROVE", step2.version(), null)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.code").isEqualTo("NOT_THIS_STEPS_SIGNER")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("主办单位"));
        tickets.decide(TestTokens.user("cc-office-principal", "CC-GOV-OFFICE", "PRINCIPAL_LEADER"), ticket.id(), "APPROVE", step2.version(), null)
                .expectStatus().isEqualTo(422);
        TicketResponse approved = TicketRequests.ok(tickets.decide(PRINCIPAL, ticket.id(), "APPROVE", step2.version(), "同意"));
        assertThat(approved.status()).isEqualTo(TicketStatus.APPROVED);
        assertThat(approved.decisions()).extracting(TicketResponse.Step::role).containsExactly("REVIEWER", "PRINCIPAL_LEADER");
    }

    @Test
    @Tag("17.4")
    void art17SensitiveTopicsAreMajorAndCannotBeLowered() {
        TicketResponse ticket = create("第5号台风今晚影响我市，学校停课一天。", "GENERAL");
        assertThat(ticket.classification()).isEqualTo(Classification.MAJOR);
        web.patch().uri("/api/v1/review-tickets/{id}", ticket.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("classification", "IMPORTANT", "version", ticket.version()))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.article").isEqualTo("Art 17");
        TicketResponse submitted = TicketRequests.ok(tickets.submit(ticket, false));
        TicketResponse two = TicketRequests.ok(tickets.decide(REVIEWER, ticket.id(), "APPROVE", submitted.version(), null));
        TicketResponse three = TicketRequests.ok(tickets.decide(DEPUTY, ticket.id(), "APPROVE", two.version(), null));
        assertThat(three.status()).isEqualTo(TicketStatus.IN_REVIEW);
        assertThat(three.nextStepRoles()).extracting(Enum::name).containsExactly("PRINCIPAL_LEADER");
        assertThat(TicketRequests.ok(tickets.decide(PRINCIPAL, ticket.id(), "APPROVE", three.version(), null)).status()).isEqualTo(TicketStatus.APPROVED);
    }

    @Test
    @Tag("17.1")
    @Tag("19.3")
    void art19WarningsNeedAnAcknowledgementKeptWithTheVersionAndAReturnGoesBackToTheAuthor() {
        TicketResponse ticket = create("我觉得本次活动非常成功。", "GENERAL");
        tickets.submit(ticket, false).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("WARNINGS_NOT_ACKNOWLEDGED")
                .jsonPath("$.errors[0].code").isEqualTo("PERSONAL_OPINION");
        TicketResponse inReview = TicketRequests.ok(tickets.submit(ticket, true));
        tickets.decide(REVIEWER, ticket.id(), "RETURN", inReview.version(), " ").expectStatus().isBadRequest();
        TicketResponse returned = TicketRequests.ok(tickets.decide(REVIEWER, ticket.id(), "RETURN", inReview.version(), "删去个人观点"));
        assertThat(returned.status()).isEqualTo(TicketStatus.RETURNED);
        web.get().uri("/api/v1/audit-events?entityType=review_ticket&entityId={id}&action=ACKNOWLEDGE_WARNINGS", ticket.id())
                .headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1);
        // the reviewer sees what the author confirmed, kept with the version that was submitted
        web.get().uri("/api/v1/review-tickets/{id}/versions", ticket.id()).headers(h -> h.setBearerAuth(REVIEWER)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].checkFindings[0].type").isEqualTo("PERSONAL_OPINION")
                .jsonPath("$[0].checkFindings[0].severity").isEqualTo("WARNING")
                .jsonPath("$[0].warningsConfirmedBy").isEqualTo("cc-operator")
                .jsonPath("$[0].warningsConfirmedAt").isNotEmpty();
        web.post().uri("/api/v1/review-tickets/{id}/withdraw?version={v}", ticket.id(), returned.version())
                .headers(h -> h.setBearerAuth(TestTokens.ccOperator())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
    }

    private String queue(String token, String query) {
        return web.get().uri("/api/v1/review-tickets?" + query).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    @Tag("17.1")
    void art17MyQueueHoldsOnlyTheStepsICanDecideAndOverdueMeansPastThePlannedTime() {
        TicketResponse ticket = TicketRequests.ok(tickets.submit(create("家长会定于下周召开。", "IMPORTANT"), false));
        String marker = "\"id\":" + ticket.id() + ",";
        assertThat(queue(REVIEWER, "awaitingMe=true")).contains(marker);
        assertThat(queue(DEPUTY, "awaitingMe=true")).doesNotContain(marker);
        assertThat(queue(TestTokens.ccOperator(), "awaitingMe=true")).doesNotContain(marker);
        TicketResponse step2 = TicketRequests.ok(tickets.decide(REVIEWER, ticket.id(), "APPROVE", ticket.version(), null));
        assertThat(queue(REVIEWER, "awaitingMe=true")).doesNotContain(marker);
        assertThat(queue(DEPUTY, "awaitingMe=true")).contains(marker);
        assertThat(queue(DEPUTY, "awaitingMe=true&classification=MAJOR")).doesNotContain(marker);
        assertThat(queue(DEPUTY, "classification=IMPORTANT")).contains(marker);
        assertThat(step2.status()).isEqualTo(TicketStatus.IN_REVIEW);

        TicketResponse late = web.post().uri("/api/v1/review-tickets").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", accountId, "title", "通知", "body", "期末考试安排。", "origin", "ORIGINAL",
                        "classification", "GENERAL", "plannedAt", "2020-01-06T09:00:00+08:00"))
                .exchange().expectStatus().isCreated().expectBody(TicketResponse.class).returnResult().getResponseBody();
        assertThat(queue(REVIEWER, "overdue=true")).contains("\"id\":" + late.id() + ",").doesNotContain(marker);
    }

    @Test
    void art17RichTextIsSanitizedBeforeReviewersSeeIt() {
        lexicons.reload().block();
        String html = "<p onclick=\"steal()\">开学<b>通知</b><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">详情</a><img src=\"https://www.gov.cn/a.png\" onerror=\"alert(1)\"></p>";
        TicketResponse ticket = web.post().uri("/api/v1/review-tickets").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", accountId, "title", "通知", "body", html, "origin", "ORIGINAL",
                        "classification", "GENERAL", "bodyFormat", "HTML"))
                .exchange().expectStatus().isCreated().expectBody(TicketResponse.class).returnResult().getResponseBody();
        assertThat(ticket.bodyFormat()).isEqualTo(BodyFormat.HTML);
        assertThat(ticket.body()).startsWith("<p>开学<b>通知</b>").contains("<img src=\"https://www.gov.cn/a.png\">")
                .doesNotContain("script", "onclick", "onerror", "javascript:");
        TicketResponse edited = TicketRequests.ok(web.patch().uri("/api/v1/review-tickets/{id}", ticket.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("body", "<p>改<iframe src=\"https://evil.example\"></iframe></p>", "version", ticket.version())).exchange());
        assertThat(edited.body()).isEqualTo("<p>改</p>");
    }
}
