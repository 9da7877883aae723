package cn.gov.nantong.govmedia.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 9 hardening: every answer carries the browser security headers, refusals and public reads included. */
@IntegrationTest
class SecurityHeadersIT {

    @Autowired
    WebTestClient web;

    private static void secure(WebTestClient.ResponseSpec response) {
        response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
    }

    @Test
    @DisplayName("Admin API, a 401 refusal and the public API all send CSP, frame-ancestors, nosniff and the referrer policy")
    void securityHeadersEverywhere() {
        secure(web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange().expectStatus().isOk());
        secure(web.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized());
        secure(web.get().uri("/api/public/v1/faqs").exchange().expectStatus().isOk());
    }
}
