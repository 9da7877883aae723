package cn.gov.nantong.govmedia.common.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Anonymous endpoints ({@code /api/public/**}) get a token bucket per client address and one per device id
 * ({@code X-Device-Id}); an empty bucket answers 429 with Retry-After. Buckets live in this instance's
 * memory (bounded, least recently used dropped), so N instances allow up to N times the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicRateLimitFilter implements WebFilter {

    static final String DEVICE_HEADER = "X-Device-Id";
    private static final int MAX_CLIENTS = 50_000;

    private static final DefaultCorsProcessor CORS = new DefaultCorsProcessor();

    private final CorsConfigurationSource corsSource;
    private final int perAddress;
    private final int perDevice;
    private final ClientAddresses addresses;
    private final ProblemMapper mapper;
    private final ProblemWriter writer;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    });

    PublicRateLimitFilter(@Value("${govmedia.public.requests-per-minute-per-address:120}") int perAddress,
                          @Value("${govmedia.public.requests-per-minute-per-device:30}") int perDevice,
                          ClientAddresses addresses,
                          ProblemMapper mapper, ProblemWriter writer, CorsConfigurationSource corsSource) {
        this.corsSource = corsSource;
        this.perAddress = perAddress;
        this.perDevice = perDevice;
        this.addresses = addresses;
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/public/") || CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        ConsumptionProbe byAddress = bucket("ip:" + addresses.of(exchange), perAddress).tryConsumeAndReturnRemaining(1);
        String device = exchange.getRequest().getHeaders().getFirst(DEVICE_HEADER);
        ConsumptionProbe byDevice = device == null || device.isBlank() || device.length() > 128 ? byAddress
                : bucket("device:" + device, perDevice).tryConsumeAndReturnRemaining(1);
        var headers = exchange.getResponse().getHeaders();
        headers.set("X-RateLimit-Limit", String.valueOf(byDevice == byAddress ? perAddress : perDevice));
        headers.set("X-RateLimit-Remaining", String.valueOf(Math.min(byAddress.getRemainingTokens(), byDevice.getRemainingTokens())));
        if (byAddress.isConsumed() && byDevice.isConsumed()) {
            return chain.filter(exchange);
        }
        long waitNanos = Math.max(byAddress.getNanosToWaitForRefill(), byDevice.getNanosToWaitForRefill());
        headers.set("Retry-After", String.valueOf(Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1)));
        // This filter answers before the security chain's CORS handling, so a browser would not be shown the 429 otherwise.
        CorsConfiguration cors = corsSource.getCorsConfiguration(exchange);
        if (cors != null) {
            CORS.process(cors, exchange);
        }
        return writer.write(exchange, mapper.simple(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "请求过于频繁", "Too many requests",
                        "请求过于频繁，请稍后再试", "Too many requests; retry after the time given in Retry-After")
                .withContext(exchange.getRequest().getPath().value(), RequestIds.of(exchange)));
    }

    private Bucket bucket(String key, int perMinute) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
    }
}
