package cn.gov.nantong.govmedia.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.Fixture;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 21 (rule 21.2): a repost carries its source's URL, and its title is the source's title, unchanged. */
@IntegrationTest
@Tag("21.2")
class RepostSourceIT {

    private static long accountId;

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void account() {
        accountId = Fixture.account("崇川教育", "CC-EDU", "WECHAT_OFFICIAL", java.time.LocalDate.of(2026, 1, 5), "ACTIVE");
    }

    private WebTestClient.ResponseSpec create(String title, String sourceUrl, String sourceTitle) {
        Map<String, Object> body = new HashMap<>(Map.of("accountId", accountId, "title", title, "body", "正文。", "origin", "REPOST",
                "sourceName", "新华社", "classification", "GENERAL"));
        body.put("sourceUrl", sourceUrl);
        body.put("sourceTitle", sourceTitle);
        return web.post().uri("/api/v1/review-tickets").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private long tickets() {
        return Long.parseLong(Fixture.text("select count(*) from review_tickets"));
    }

    @Test
    void art21_aRepostWithoutAnHttpSourceUrlIsRefusedAndNothingIsStored() {
        long before = tickets();
        create("转载稿", null, null).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("sourceUrl")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("来源网址"));
        create("转载稿", "ftp://example.cn/a", null).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("sourceUrl");
        assertThat(tickets()).isEqualTo(before);
    }

    @Test
    void art21_aRepostsTitleMustEqualTheSourcesTitleAfterTrimming() {
        create("转载稿（有改动）", "https://www.news.cn/a.htm", "转载稿").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("title")
                .jsonPath("$.errors[0].code").isEqualTo("REPOST_TITLE_CHANGED")
                .jsonPath("$.errors[0].messageEn").value(m -> assertThat((String) m).contains("unchanged"));
        TicketResponse created = create(" 转载稿 ", "https://www.news.cn/a.htm", "转载稿 ").expectStatus().isCreated()
                .expectBody(TicketResponse.class).returnResult().getResponseBody();
        assertThat(created.sourceUrl()).isEqualTo("https://www.news.cn/a.htm");
        assertThat(created.sourceTitle()).isEqualTo("转载稿");
        assertThat(created.title()).isEqualTo("转载稿");

        web.patch().uri("/api/v1/review-tickets/{id}", created.id()).headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "改过的标题", "version", created.version()))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void art21_aRepostWithoutTheSourcesTitleOnlyNeedsTheUrl() {
        create("另一篇转载", "http://www.jiangsu.gov.cn/b.html", null).expectStatus().isCreated();
    }
}
