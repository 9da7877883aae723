package cn.gov.nantong.govmedia.rumour;

import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.DEPUTY;
import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.OPERATOR;
import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.PRINCIPAL;
import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.REVIEWER;
import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestDatabase;
import db.migration.V62__sanitize_stored_rumour_truths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
/** Art 23 with Art 17: a rumour rebuttal reaches the public feed only through a published review ticket. */
@IntegrationTest
class RebuttalPublishingIT extends RebuttalTestBase {

    private Map<String, Object> schoolRumour() {
        return fixture.body("关于“崇川区中小学延期至12月开学”的辟谣", "网传“崇川区中小学因流感停课，延期至12月10日开学”。",
                "经核实，崇川区中小学教学秩序正常，未作出停课或延期开学的决定。");
    }

    private void notInFeed(long id) {
        fixture.publicGet("/api/public/v1/rumour-rebuttals/{id}", id).expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?size=200")).doesNotContain(id);
    }

    @SuppressWarnings("unchecked")
    private List<Long> feedIds(String uri, Object... vars) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) json(fixture.publicGet(uri, vars), 200).get("items");
        return items.stream().map(item -> ((Number) item.get("id")).longValue()).toList();
    }

    private Map<String, Object> admin(long id) {
        return json(web.get().uri("/api/v1/rumour-rebuttals/{id}", id).headers(h -> h.setBearerAuth(OPERATOR)).exchange(), 200);
    }

    @Test
    @DisplayName("the rumour's own source (weibo.com) is named in the ticket, not linked: no commercial-link warning to confirm")
    void rumourSourceIsNoCommercialLink() {
        Map<String, Object> ticket = fixture.review(fixture.create(schoolRumour()), null);
        assertThat((String) ticket.get("body")).contains("weibo.com/1234567890/Abc123").doesNotContain("https://weibo.com");
        Map<String, Object> submitted = json(fixture.post(OPERATOR, "/api/v1/review-tickets/{id}/submit",
                Map.of("acknowledgeWarnings", false, "version", ticket.get("version")), ticket.get("id")), 200);
        assertThat(submitted.get("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    @DisplayName("the truth is rich text: sanitized when stored and shown, read as plain text by reviewers and in ClaimReview")
    void theTruthIsSanitizedRichText() {
        Map<String, Object> body = fixture.body("关于“崇川区自来水停供三天”的辟谣", "网传“崇川区自来水将停供三天”。",
                "<p>经核实，<strong>崇川区供水正常</strong>。</p><script>alert(1)</script><p onclick=\"x()\">如有疑问请致电 12345。</p>");
        long id = fixture.published(body, "https://mp.weixin.qq.com/s/water-rich-text");
        assertThat((String) admin(id).get("truth"))
                .isEqualTo("<p>经核实，<strong>崇川区供水正常</strong>。</p><p>如有疑问请致电 12345。</p>");
        Map<String, Object> item = json(fixture.publicGet("/api/public/v1/rumour-rebuttals/{id}", id), 200);
        assertThat((String) item.get("truth")).doesNotContain("script", "onclick").contains("<strong>崇川区供水正常</strong>");
        web.get().uri("/api/public/v1/rumour-rebuttals/{id}", id).header("Accept", "application/ld+json").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.reviewBody").isEqualTo("经核实，崇川区供水正常。\n如有疑问请致电 12345。");
        Object ticketBody = Fixture.text("select t.body from review_tickets t join rumour_rebuttals r on r.ticket_id = t.id where r.id = "
                + id);
        assertThat(ticketBody.toString()).contains("真相：经核实，崇川区供水正常。\n如有疑问请致电 12345。").doesNotContain("<p>", "<strong>");
    }

    @Test
    @DisplayName("a truth stored before sanitizing on save is sanitized once by migration V62, then served as stored")
    void aTruthStoredBeforeSanitizingOnSaveIsSanitizedByTheMigration() throws SQLException {
        long id = fixture.published(fixture.body("关于“崇川区公交停运”的辟谣", "网传“崇川区公交全部停运”。", "经核实，公交运行正常。"),
                "https://mp.weixin.qq.com/s/bus-old-row");
        Fixture.exec("update rumour_rebuttals set truth = '<p>经核实，公交运行正常。</p><script>alert(1)</script>' where id = " + id);
        try (Connection connection = TestDatabase.connect()) {
            assertThat(V62__sanitize_stored_rumour_truths.sanitize(connection)).isPositive();
            assertThat(V62__sanitize_stored_rumour_truths.sanitize(connection)).isZero();
        }
        assertThat(json(fixture.publicGet("/api/public/v1/rumour-rebuttals/{id}", id), 200)).containsEntry("truth", "<p>经核实，公交运行正常。</p>");
    }

    @Test
    @Tag("23.3")
    @Tag("17.1")
    void art23And17TheFeedShowsARebuttalOnlyOnceItsReviewTicketIsPublished() {
        Map<String, Object> rebuttal = fixture.create(schoolRumour());
        long id = ((Number) rebuttal.get("id")).longValue();
        assertThat(rebuttal).containsEntry("status", "DRAFT").containsEntry("complaintIds", List.of(12, 15));
        notInFeed(id);

        Map<String, Object> ticket = fixture.review(rebuttal, null);
        assertThat(ticket).containsEntry("classification", "IMPORTANT").containsEntry("status", "DRAFT")
                .containsEntry("accountId", (int) accountId).containsEntry("title", "关于“崇川区中小学延期至12月开学”的辟谣");
        assertThat((String) ticket.get("body")).contains("网传“崇川区中小学因流感停课", "经核实", "评级：谣言");
        assertThat(admin(id)).containsEntry("status", "IN_REVIEW").containsEntry("reviewTicketId", ticket.get("id"));
        notInFeed(id);

        Map<String, Object> approved = fixture.approve(DEPUTY, fixture.approve(REVIEWER, fixture.submit(ticket)));
        assertThat(approved).containsEntry("status", "APPROVED");
        notInFeed(id);

        fixture.publish(approved, "https://mp.weixin.qq.com/s/rumour1");
        Map<String, Object> item = json(fixture.publicGet("/api/public/v1/rumour-rebuttals/{id}", id), 200);
        assertThat(item).containsEntry("url", "https://mp.weixin.qq.com/s/rumour1").containsEntry("verdictName", "谣言")
                .containsEntry("accountName", "崇川教育").doesNotContainKey("complaintIds");
        assertThat(feedIds("/api/public/v1/rumour-rebuttals")).contains(id);
        assertThat(admin(id)).containsEntry("status", "PUBLISHED").containsEntry("publishedUrl", "https://mp.weixin.qq.com/s/rumour1");

        Map<String, Object> change = schoolRumour();
        change.put("version", admin(id).get("version"));
        web.put().uri("/api/v1/rumour-rebuttals/{id}", id).headers(h -> h.setBearerAuth(OPERATOR)).bodyValue(change).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("REBUTTAL_PUBLISHED");
    }

    @Test
    @Tag("23.3")
    void art23ThePublishedItemIsASchemaOrgClaimReviewInJsonLd() {
        Map<String, Object> body = schoolRumour();
        body.put("verdict", "MISLEADING");
        long id = fixture.published(body, "https://mp.weixin.qq.com/s/rumour2");
        String organization = (String) admin(id).get("organizationName");
        web.get().uri("/api/public/v1/rumour-rebuttals/{id}", id).header("Accept", "application/ld+json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("application/ld+json")
                .expectBody()
                .jsonPath("$['@context']").isEqualTo("https://schema.org")
                .jsonPath("$['@type']").isEqualTo("ClaimReview")
                .jsonPath("$.claimReviewed").isEqualTo("网传“崇川区中小学因流感停课，延期至12月10日开学”。")
                .jsonPath("$.itemReviewed['@type']").isEqualTo("Claim")
                .jsonPath("$.itemReviewed.appearance.length()").isEqualTo(2)
                .jsonPath("$.itemReviewed.firstAppearance.url").isEqualTo("https://weibo.com/1234567890/Abc123")
                .jsonPath("$.reviewRating['@type']").isEqualTo("Rating")
                .jsonPath("$.reviewRating.ratingValue").isEqualTo(2)
                .jsonPath("$.reviewRating.bestRating").isEqualTo(5)
                .jsonPath("$.reviewRating.worstRating").isEqualTo(1)
                .jsonPath("$.reviewRating.alternateName").isEqualTo("失实")
                .jsonPath("$.author['@type']").isEqualTo("GovernmentOrganization")
                .jsonPath("$.author.name").isEqualTo(organization)
                .jsonPath("$.datePublished").value(v -> assertThat((String) v).endsWith("+08:00"))
                .jsonPath("$.url").isEqualTo("https://mp.weixin.qq.com/s/rumour2");
        web.get().uri("/api/public/v1/rumour-rebuttals/{id}", id).header("Accept", "application/json, application/ld+json;q=0.5")
                .exchange().expectStatus().isOk().expectHeader().contentTypeCompatibleWith("application/json")
                .expectBody().jsonPath("$.rumour").exists();
        web.get().uri("/api/public/v1/rumour-rebuttals/{id}", 999_999).header("Accept", "application/ld+json").exchange()
                .expectStatus().isNotFound().expectHeader().contentType("application/problem+json");
    }

    @Test
    void art23FeedAndItemCarryStrongEtagsAndAnswer304() throws NoSuchAlgorithmException {
        long id = fixture.published(schoolRumour(), "https://mp.weixin.qq.com/s/rumour3");
        var list = fixture.publicGet("/api/public/v1/rumour-rebuttals").expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*max-age=60.*")
                .expectHeader().valueMatches("Cache-Control", ".*public.*")
                .expectHeader().valueMatches("ETag", "^\"[0-9a-f]{32}\"$")
                .returnResult(String.class);
        String etag = list.getResponseHeaders().getETag();
        web.get().uri("/api/public/v1/rumour-rebuttals").header("If-None-Match", etag).exchange()
                .expectStatus().isNotModified().expectHeader().valueEquals("ETag", etag).expectBody().isEmpty();
        web.get().uri("/api/public/v1/rumour-rebuttals").header("If-None-Match", "\"other\", W/" + etag).exchange()
                .expectStatus().isNotModified();
        web.get().uri("/api/public/v1/rumour-rebuttals?page=2").header("If-None-Match", etag).exchange().expectStatus().isOk();

        var item = fixture.publicGet("/api/public/v1/rumour-rebuttals/{id}", id).expectStatus().isOk()
                .expectBody(byte[].class).returnResult();
        String jsonTag = item.getResponseHeaders().getETag();
        assertThat(jsonTag).as("the validator of the bytes sent").isEqualTo(sha256Prefix(item.getResponseBody()));
        String ldTag = web.get().uri("/api/public/v1/rumour-rebuttals/{id}", id).header("Accept", "application/ld+json").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("Vary", "Accept")
                .returnResult(String.class).getResponseHeaders().getETag();
        assertThat(jsonTag).isNotEqualTo(ldTag);
        web.get().uri("/api/public/v1/rumour-rebuttals/{id}", id).header("Accept", "application/ld+json")
                .header("If-None-Match", ldTag).exchange().expectStatus().isNotModified();

        fixture.published(schoolRumour(), "https://mp.weixin.qq.com/s/rumour4");
        web.get().uri("/api/public/v1/rumour-rebuttals").header("If-None-Match", etag).exchange().expectStatus().isOk();
    }

    @Test
    @Tag("23.3")
    void art23TheFeedIsSearchedInChineseAndFilteredByOrganizationAndDate() {
        long water = fixture.published(fixture.body("关于“崇川区停水三天”的辟谣", "网传“12月1日起崇川区全区停水三天”。",
                "经核实，崇川区供水正常，无停水计划。"), "https://mp.weixin.qq.com/s/water");
        long canteen = fixture.published(fixture.body("关于“学校食堂食材过期”的辟谣", "网传“某小学食堂使用过期食材”。",
                "经现场检查，该校食堂食材均在保质期内。"), "https://mp.weixin.qq.com/s/canteen");
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?q={q}", "停水")).containsExactly(water);
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?q={q}", "食堂食材")).containsExactly(canteen);
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?q={q}", "%")).isEmpty();
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?organizationId={o}&q=停水", fixture.organizationId)).containsExactly(water);
        long health = cn.gov.nantong.govmedia.support.Organizations.idOf("CC-HEALTH");
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?organizationId={o}", health)).isEmpty();

        String day = ((String) json(fixture.publicGet("/api/public/v1/rumour-rebuttals/{id}", water), 200).get("publishedAt"))
                .substring(0, 10);
        String next = java.time.LocalDate.parse(day).plusDays(1).toString();
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?from={d}&to={d}&q=停水", day, day)).containsExactly(water);
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?from={d}", next)).isEmpty();
        fixture.publicGet("/api/public/v1/rumour-rebuttals?from=yesterday").expectStatus().isBadRequest();
        fixture.publicGet("/api/public/v1/rumour-rebuttals?size=500").expectStatus().isBadRequest();
    }

    @Test
    @Tag("23.3")
    void art17And23TheClassificationIsNeverBelowImportant() {
        Map<String, Object> rebuttal = fixture.create(schoolRumour());
        long id = ((Number) rebuttal.get("id")).longValue();
        fixture.post(OPERATOR, "/api/v1/rumour-rebuttals/{id}/review", Map.of("version", rebuttal.get("version"),
                "classification", "GENERAL"), id).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.code").isEqualTo("REBUTTAL_AT_LEAST_IMPORTANT").jsonPath("$.article").isEqualTo("Art 23");

        Map<String, Object> ticket = fixture.review(rebuttal, "IMPORTANT");
        Map<String, Object> lowered = json(web.patch().uri("/api/v1/review-tickets/{id}", ticket.get("id"))
                .headers(h -> h.setBearerAuth(OPERATOR)).bodyValue(Map.of("classification", "GENERAL", "version", ticket.get("version")))
                .exchange(), 200);
        Map<String, Object> approved = fixture.approve(DEPUTY, fixture.approve(REVIEWER, fixture.submit(lowered)));
        fixture.publish(approved, "https://mp.weixin.qq.com/s/lowered");
        notInFeed(id);
        assertThat(admin(id)).containsEntry("status", "REJECTED").containsEntry("classification", "GENERAL");
    }

    @Test
    @Tag("17.4")
    @Tag("23.3")
    void art17ARebuttalOnASensitiveTopicIsReviewedAsMajor() {
        Map<String, Object> rebuttal = fixture.create(fixture.body("关于“台风期间全区停课一周”的辟谣", "网传“受第5号台风影响，崇川区中小学停课一周”。",
                "经核实，崇川区中小学仅于台风过境当日停课一天。"));
        long id = ((Number) rebuttal.get("id")).longValue();
        Map<String, Object> ticket = fixture.review(rebuttal, null);
        assertThat(ticket).containsEntry("classification", "MAJOR");
        Map<String, Object> two = fixture.approve(DEPUTY, fixture.approve(REVIEWER, fixture.submit(ticket)));
        assertThat(two).containsEntry("status", "IN_REVIEW").containsEntry("nextStepRoles", List.of("PRINCIPAL_LEADER"));
        notInFeed(id);
        fixture.publish(fixture.approve(PRINCIPAL, two), "https://mp.weixin.qq.com/s/typhoon");
        assertThat(feedIds("/api/public/v1/rumour-rebuttals?q=台风")).containsExactly(id);
    }

    private static String sha256Prefix(byte[] representation) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
        return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    }
}
