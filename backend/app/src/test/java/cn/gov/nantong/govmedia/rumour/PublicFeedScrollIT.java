package cn.gov.nantong.govmedia.rumour;

import static cn.gov.nantong.govmedia.rumour.RebuttalFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Art 23: the public feed for endless scrolling, by keyset cursor, in the order and with the filters of the paged list; its rate limit. */
@IntegrationTest
class PublicFeedScrollIT {

    @Autowired
    WebTestClient web;

    @Test
    @SuppressWarnings("unchecked")
    void art23TheFeedScrollsByCursorInTheOrderOfThePagedList() throws Exception {
        RebuttalFixture fixture = new RebuttalFixture(web, RebuttalFixture.account());
        for (String place : List.of("崇川区", "通州区", "海门区")) {
            fixture.published(fixture.body("关于“" + place + "停水三天”的辟谣", "网传“12月1日起" + place + "全区停水三天”。",
                    "经核实，" + place + "供水正常，无停水计划。"), "https://mp.weixin.qq.com/s/" + place.hashCode());
        }
        List<Object> paged = ids(json(fixture.publicGet("/api/public/v1/rumour-rebuttals?size=200"), 200));

        List<Object> scrolled = new ArrayList<>();
        Map<String, Object> slice = json(fixture.publicGet("/api/public/v1/rumour-rebuttals/feed?size=2"), 200);
        scrolled.addAll(ids(slice));
        assertThat(scrolled).hasSize(2);
        int slices = 1;
        while (slice.get("nextCursor") != null) {
            slice = json(fixture.publicGet("/api/public/v1/rumour-rebuttals/feed?size=2&after={c}", slice.get("nextCursor")), 200);
            scrolled.addAll(ids(slice));
            slices++;
        }
        assertThat(scrolled).isEqualTo(paged).hasSize(3);
        assertThat(slices).isEqualTo(2);

        Map<String, Object> searched = json(fixture.publicGet("/api/public/v1/rumour-rebuttals/feed?q={q}", "海门区"), 200);
        assertThat((List<Map<String, Object>>) searched.get("items")).singleElement()
                .satisfies(item -> assertThat((String) item.get("title")).contains("海门区"));
        assertThat(searched.get("nextCursor")).isNull();
    }

    @Test
    @Tag("23.3")
    void art23ACursorThatWasNotHandedOutIsABadRequestNamingAfter() {
        for (String cursor : List.of("garbage", "cHViOjE6", "c2VxOjEwMjQ", "%%%")) {
            Map<String, Object> problem = json(web.get().uri("/api/public/v1/rumour-rebuttals/feed?after={c}", cursor).exchange(), 400);
            assertThat(problem).containsEntry("code", "VALIDATION_FAILED");
            assertThat(problem.get("errors").toString()).contains("field=after");
        }
    }

    @Test
    void art23TheFeedIsRateLimitedPerDeviceWithRetryAfter() {
        // 30 a minute, refilled one every 2 s: a slow machine may be served a few more before the first refusal
        String device = "rumour-feed-" + System.nanoTime();
        long started = System.nanoTime();
        int served = 0;
        EntityExchangeResult<byte[]> answer = feed(device);
        while (answer.getStatus().value() == 200 && served < 200) {
            served++;
            answer = feed(device);
        }
        assertThat(answer.getStatus().value()).isEqualTo(429);
        assertThat(served).isBetween(30, 31 + (int) Math.ceil((System.nanoTime() - started) / 2e9));
        assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(answer.getResponseHeaders().getContentType()).hasToString("application/problem+json");
    }

    private EntityExchangeResult<byte[]> feed(String device) {
        return web.get().uri("/api/public/v1/rumour-rebuttals").header("X-Device-Id", device).exchange().expectBody().returnResult();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("items")).stream().map(item -> item.get("id")).toList();
    }
}
