package cn.gov.nantong.govmedia.common.web;

import cn.gov.nantong.govmedia.common.ratelimit.RateLimits;
import cn.gov.nantong.govmedia.common.ratelimit.RateLimits.Limit;
import cn.gov.nantong.govmedia.common.ratelimit.RateLimits.Probe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
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
 * ({@code X-Device-Id}); an empty bucket answers 429 with Retry-After. The buckets are shared by every instance when
 * Redis is configured ({@link RateLimits}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicRateLimitFilter implements WebFilter {

    static final String DEVICE_HEADER = "X-Device-Id";
    private static final DefaultCorsProcessor CORS = new DefaultCorsProcessor();

    private final CorsConfigurationSource corsSource;
    private final int perAddress;
    private final int perDevice;
    private final ClientAddresses addresses;
    private final ProblemMapper mapper;
    private final ProblemWriter writer;
    private final RateLimits limits;
    private final Counter refusals;

    PublicRateLimitFilter(@Value("${govmedia.public.requests-per-minute-per-address:120}") int perAddress,
                          @Value("${govmedia.public.requests-per-minute-per-device:30}") int perDevice,
                          ClientAddresses addresses, RateLimits limits, MeterRegistry registry,
                          ProblemMapper mapper, ProblemWriter writer, CorsConfigurationSource corsSource) {
        this.corsSource = corsSource;
        this.perAddress = perAddress;
        this.perDevice = perDevice;
        this.addresses = addresses;
        this.limits = limits;
        this.refusals = Counter.builder("govmedia.public.rate.limited").description("public requests refused with 429")
                .register(registry);
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/public/") || CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        String device = exchange.getRequest().getHeaders().getFirst(DEVICE_HEADER);
        boolean byDevice = device != null && !device.isBlank() && device.length() <= 128;
        Limit address = new Limit("ip:" + addresses.of(exchange), perAddress);
        List<Limit> buckets = byDevice ? List.of(address, new Limit("device:" + device, perDevice)) : List.of(address);
        return limits.consume(buckets).flatMap(probe -> {
            var headers = exchange.getResponse().getHeaders();
            headers.set("X-RateLimit-Limit", String.valueOf(byDevice ? perDevice : perAddress));
            headers.set("X-RateLimit-Remaining", String.valueOf(probe.remaining()));
            return probe.consumed() ? chain.filter(exchange) : refuse(exchange, probe);
        });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, Probe probe) {
        refusals.increment();
        var headers = exchange.getResponse().getHeaders();
        headers.set("Retry-After", String.valueOf(Math.max(1, Duration.ofNanos(probe.nanosToWait()).toSeconds() + 1)));
        // This filter answers before the security chain's CORS handling, so a browser would not be shown the 429 otherwise.
        CorsConfiguration cors = corsSource.getCorsConfiguration(exchange);
        if (cors != null) {
            CORS.process(cors, exchange);
        }
        return writer.write(exchange, mapper.simple(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "请求过于频繁", "Too many requests",
                        "请求过于频繁，请稍后再试", "Too many requests; retry after the time given in Retry-After")
                .withContext(exchange.getRequest().getPath().value(), RequestIds.of(exchange)));
    }
}
