package cn.gov.nantong.govmedia.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.NonBlockingGuard;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.test.StepVerifier;

/** The client against the province played by WireMock: how it authenticates, and what a refusal turns into. */
class ProvinceClientIT {

    private static final WireMockServer PROVINCE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final String RECEIPT = "{\"receiptNumber\":\"JS2026112800001\",\"status\":\"RECEIVED\"}";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeAll
    static void start() {
        NonBlockingGuard.install();
        PROVINCE.start();
    }

    @AfterAll
    static void stop() {
        PROVINCE.stop();
    }

    @BeforeEach
    void reset() {
        PROVINCE.resetAll();
    }

    @Test
    void oneTokenServesSeveralDeliveriesWhoeverStartsThem() {
        tokens("first");
        accepts("first");
        ProvinceClient client = client(ProvinceProperties.Auth.OAUTH2);

        for (int i = 1; i <= 3; i++) {
            StepVerifier.create(client.submit("/v1/filings", "filing-" + i + ":1", "{}"))
                    .assertNext(receipt -> assertThat(receipt.receiptNumber()).isEqualTo("JS2026112800001")).verifyComplete();
        }
        // A reconciliation started by a person runs under that person's security context: still the application's token.
        StepVerifier.create(client.submit("/v1/filings", "filing-4:1", "{}")
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated("city-admin", null, List.of()))))
                .expectNextCount(1).verifyComplete();

        PROVINCE.verify(1, postRequestedFor(urlEqualTo("/oauth2/token"))
                .withHeader("Authorization", equalTo("Basic Z292bWVkaWE6czNjcmV0"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("scope=filing.submit")));
        assertThat(deliveries()).hasSize(4).allSatisfy(request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer first"));
    }

    @Test
    void aRevokedTokenIsDroppedAndTheDeliveryRetriedOnceWithANewOne() {
        tokens("first", "second");
        accepts("first");
        accepts("second");
        ProvinceClient client = client(ProvinceProperties.Auth.OAUTH2);
        StepVerifier.create(client.submit("/v1/filings", "filing-1:1", "{}")).expectNextCount(1).verifyComplete();

        PROVINCE.stubFor(post(urlEqualTo("/v1/filings")).withHeader("Authorization", equalTo("Bearer first"))
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        StepVerifier.create(client.submit("/v1/filings", "filing-2:1", "{}"))
                .assertNext(receipt -> assertThat(receipt.status()).isEqualTo("RECEIVED")).verifyComplete();

        PROVINCE.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
        assertThat(deliveries()).extracting(request -> request.getHeader("Authorization") + " " + request.getHeader("Idempotency-Key"))
                .containsExactly("Bearer first filing-1:1", "Bearer first filing-2:1", "Bearer second filing-2:1");
    }

    @Test
    void aSecondRefusalIsADeliveryFailure() {
        tokens("first", "second");
        PROVINCE.stubFor(post(urlEqualTo("/v1/filings")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"UNAUTHORIZED\",\"message\":\"invalid token\"}")));

        StepVerifier.create(client(ProvinceProperties.Auth.OAUTH2).submit("/v1/filings", "filing-1:1", "{}"))
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(401);
                    assertThat(failure.getMessage()).contains("invalid token");
                }));
        PROVINCE.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
        assertThat(deliveries()).extracting(request -> request.getHeader("Authorization"))
                .containsExactly("Bearer first", "Bearer second");
    }

    @Test
    void anApiKeyGoesInItsHeaderAndARefusalIsNotRetried() {
        PROVINCE.stubFor(post(urlEqualTo("/v1/filings")).willReturn(aResponse().withStatus(401)));
        StepVerifier.create(client(ProvinceProperties.Auth.API_KEY).submit("/v1/filings", "filing-1:1", "{}"))
                .verifyErrorSatisfies(error -> assertThat(((DeliveryFailure) error).httpStatus()).isEqualTo(401));
        assertThat(deliveries()).singleElement().satisfies(request -> {
            assertThat(request.getHeader("X-Api-Key")).isEqualTo("k-123");
            assertThat(request.containsHeader("Authorization")).isFalse();
        });
        PROVINCE.verify(0, postRequestedFor(urlEqualTo("/oauth2/token")));
    }

    @Test
    void withoutAuthenticationNothingIsAdded() {
        PROVINCE.stubFor(post(urlEqualTo("/v1/filings")).willReturn(okJson(RECEIPT)));
        StepVerifier.create(client(ProvinceProperties.Auth.NONE).submit("/v1/filings", "filing-1:1", "{}"))
                .expectNextCount(1).verifyComplete();
        assertThat(deliveries()).singleElement().satisfies(request -> {
            assertThat(request.containsHeader("Authorization")).isFalse();
            assertThat(request.containsHeader("X-Api-Key")).isFalse();
        });
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDateReachesTheFailure() {
        String inNinetySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
        String anHourAgo = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(3600).atOffset(ZoneOffset.UTC));
        assertThat(retryAfterOf(429, "120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(retryAfterOf(503, inNinetySeconds)).isEqualTo(Duration.ofSeconds(90));
        assertThat(retryAfterOf(503, anHourAgo)).isZero();
    }

    private Duration retryAfterOf(int status, String header) {
        PROVINCE.stubFor(post(urlEqualTo("/v1/filings")).willReturn(aResponse().withStatus(status).withHeader("Retry-After", header)));
        AtomicReference<Duration> retryAfter = new AtomicReference<>();
        StepVerifier.create(client(ProvinceProperties.Auth.NONE).submit("/v1/filings", "filing-1:1", "{}"))
                .verifyErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.httpStatus()).isEqualTo(status);
                    retryAfter.set(failure.retryAfter());
                }));
        return retryAfter.get();
    }

    /** The token endpoint hands out these tokens in turn, the last one from then on. */
    private static void tokens(String... values) {
        for (int i = 0; i < values.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "issued " + i;
            String next = i == values.length - 1 ? state : "issued " + (i + 1);
            PROVINCE.stubFor(post(urlEqualTo("/oauth2/token")).inScenario("tokens").whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(okJson("{\"access_token\":\"" + values[i] + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        }
    }

    private static void accepts(String token) {
        PROVINCE.stubFor(post(urlEqualTo("/v1/filings")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(RECEIPT)));
    }

    private static List<LoggedRequest> deliveries() {
        return PROVINCE.findAll(postRequestedFor(urlEqualTo("/v1/filings")));
    }

    private static ProvinceClient client(ProvinceProperties.Auth auth) {
        return new ProvinceClient(WebClient.builder(), new ProvinceProperties(PROVINCE.baseUrl(), auth, "k-123",
                PROVINCE.baseUrl() + "/oauth2/token", "govmedia", "s3cret", null, null, null, null, Duration.ofSeconds(5),
                null, null, null, null), CLOCK);
    }
}
