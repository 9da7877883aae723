package cn.gov.nantong.govmedia.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.StandaloneApp;
import cn.gov.nantong.govmedia.support.TestDatabase;
import cn.gov.nantong.govmedia.support.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 9 faults: the identity provider goes away; tokens signed with a key already fetched keep working, others do not. */
class IdentityProviderOutageIT {

    private static String token(RSAKey key, String keyId) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).subject("city-admin").audience("govmedia-admin")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("roles", List.of("CITY_ADMIN")).claim("org_code", "NT-GOV-OFFICE").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    @DisplayName("Identity provider unreachable: a cached key still verifies tokens; an unknown key cannot be checked (503), a forged signature is refused (401)")
    void cachedKeysKeepWorkingWhileTheProviderIsDown() throws Exception {
        RSAKey known = new RSAKeyGenerator(2048).keyID("known").generate();
        RSAKey unknown = new RSAKeyGenerator(2048).keyID("unknown").generate();
        WireMockServer provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        provider.start();
        provider.stubFor(get("/oauth2/jwks").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(known.toPublicJWK()).toString())));
        try (ConfigurableApplicationContext app = StandaloneApp.start(TestDatabase.url(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:" + provider.port() + "/oauth2/jwks")) {
            WebTestClient web = WebTestClient.bindToServer().baseUrl(StandaloneApp.baseUrl(app)).responseTimeout(Duration.ofSeconds(30)).build();
            String first = token(known, "known");
            web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(first)).exchange().expectStatus().isOk();

            provider.stop();
            String fresh = token(known, "known");
            web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(fresh)).exchange().expectStatus().isOk();

            String stranger = token(unknown, "unknown");
            long started = System.nanoTime();
            web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(stranger)).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectBody().jsonPath("$.code").isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

            String forged = token(unknown, "known");
            web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(forged)).exchange().expectStatus().isUnauthorized();
        } finally {
            provider.stop();
        }
    }
}
