package cn.gov.nantong.govmedia.common.web;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The public limit per client address behind the load balancer (127.0.0.1 plays the trusted proxy). */
@IntegrationTest
@TestPropertySource(properties = {"govmedia.trusted-proxies=127.0.0.1/32,::1/128",
        "govmedia.public.requests-per-minute-per-address=3"})
class TrustedProxiesIT {

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("behind a trusted proxy two clients get two buckets, and a spoofed leftmost address changes nothing")
    void oneBucketPerRealClient() {
        for (int i = 0; i < 3; i++) {
            ask("spoofed-" + i + ".example, 198.51.100.1").expectStatus().isOk();
        }
        ask("198.51.100.1").expectStatus().isEqualTo(429);
        ask("203.0.113.2").expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec ask(String forwardedFor) {
        return web.get().uri("/api/public/v1/faqs?q=办理").header("X-Forwarded-For", forwardedFor).exchange();
    }
}
