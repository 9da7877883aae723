package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The dry-run check over the API, and lexicon edits that take effect without a restart. */
@IntegrationTest
class ContentCheckIT {

    @Autowired
    WebTestClient web;
    @Autowired
    Lexicons lexicons;

    @BeforeEach
    void freshLexicons() {
        lexicons.reload().block();
    }

    private WebTestClient.BodyContentSpec check(String body) {
        return web.post().uri("/api/v1/content-checks").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "通知", "body", body, "origin", "ORIGINAL"))
                .exchange().expectStatus().isOk().expectBody();
    }

    @Test
    void art20TheCheckFindsAnIdAndOffersTheMaskedText() {
        check("报名人身份证号 320684198506150040").jsonPath("$.findings[0].type").isEqualTo("PERSONAL_DATA")
                .jsonPath("$.findings[0].start").isEqualTo(8)
                .jsonPath("$.blockers").isEqualTo(1)
                .jsonPath("$.deidentifiedBody").isEqualTo("报名人身份证号 320684********0040");
    }

    @Test
    void art18ALexiconEditTakesEffectWithoutARestart() {
        check("本周推出特惠秒杀活动").jsonPath("$.findings.length()").isEqualTo(0);
        web.post().uri("/api/v1/lexicons/ADVERTISING/terms").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("term", "特惠秒杀")).exchange()
                .expectStatus().isForbidden();
        Map<?, ?> term = web.post().uri("/api/v1/lexicons/ADVERTISING/terms").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("term", "特惠秒杀")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        check("本周推出特惠秒杀活动").jsonPath("$.findings[0].type").isEqualTo("ADVERTISING")
                .jsonPath("$.findings[0].text").isEqualTo("特惠秒杀");
        web.post().uri("/api/v1/lexicons/ADVERTISING/terms").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("term", "特惠秒杀")).exchange()
                .expectStatus().isEqualTo(409);
        web.delete().uri("/api/v1/lexicons/ADVERTISING/terms/{id}", term.get("id")).headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                .exchange().expectStatus().isNoContent();
        check("本周推出特惠秒杀活动").jsonPath("$.findings.length()").isEqualTo(0);
        web.get().uri("/api/v1/lexicons/ADVERTISING/terms?q=抢购").headers(h -> h.setBearerAuth(TestTokens.auditor())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].term").isEqualTo("限时抢购");
    }

    @Test
    void anUnknownLexiconOrAMissingBodyIsABadRequest() {
        web.get().uri("/api/v1/lexicons/FAVOURITES/terms").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isBadRequest();
        web.post().uri("/api/v1/content-checks").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("origin", "ORIGINAL")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }
}
