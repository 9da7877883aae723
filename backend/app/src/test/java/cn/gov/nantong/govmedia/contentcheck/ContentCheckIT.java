package cn.gov.nantong.govmedia.contentcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.common.cluster.ClusterNotifications;
import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The dry-run check over the API, and lexicon edits that take effect without a restart. */
@IntegrationTest
class ContentCheckIT {

    @Autowired
    WebTestClient web;
    @Autowired
    Lexicons lexicons;
    @Autowired
    DatabaseClient db;
    @Autowired
    ConnectionFactory connections;

    @BeforeEach
    void freshLexicons() {
        lexicons.reload().block();
    }

    @Test
    @DisplayName("Art 19: a lexicon term added through one instance is enforced by another within 1 s (LISTEN/NOTIFY)")
    @Tag("19.2")
    void aLexiconEditReachesTheOtherInstances() {
        ClusterNotifications otherListener = new ClusterNotifications(db, connections);
        Lexicons other = new Lexicons(new LexiconRepository(db), otherListener);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> other.loaded().isPresent());
            long version = other.loaded().orElseThrow().version();
            web.post().uri("/api/v1/lexicons/BANNED/terms").headers(h -> h.setBearerAuth(TestTokens.cityAdmin()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("term", "跨实例禁用词")).exchange()
                    .expectStatus().isCreated();
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> other.loaded().orElseThrow().version() > version);
            assertThat(other.loaded().orElseThrow().automaton().parseText("这里有跨实例禁用词")).isNotEmpty();
        } finally {
            other.stopListening();
            otherListener.destroy();
        }
    }

    private WebTestClient.BodyContentSpec check(String body) {
        return web.post().uri("/api/v1/content-checks").headers(h -> h.setBearerAuth(TestTokens.ccOperator()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "通知", "body", body, "origin", "ORIGINAL"))
                .exchange().expectStatus().isOk().expectBody();
    }

    @Test
    @Tag("20.2")
    void art20TheCheckFindsAnIdAndOffersTheMaskedText() {
        check("报名人身份证号 320684198506150040").jsonPath("$.findings[0].type").isEqualTo("PERSONAL_DATA")
                .jsonPath("$.findings[0].start").isEqualTo(8)
                .jsonPath("$.blockers").isEqualTo(1)
                .jsonPath("$.deidentifiedBody").isEqualTo("报名人身份证号 320684********0040");
    }

    @Test
    @Tag("19.2")
    void art19ALexiconEditTakesEffectWithoutARestart() {
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
