package cn.gov.nantong.govmedia.common.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Gives every request an id (the caller's, if it is sane) and writes one access log line carrying it: at INFO for
 * errors, writes, slow and broken-off requests, at DEBUG for routine successful reads (make bench: logging every
 * public read cost 15-20 % of the throughput on two cores; Prometheus counts them anyway).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("govmedia.access");
    private static final long SLOW_MILLIS = 1000;
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        String requestId = offered != null && SAFE_ID.matcher(offered).matches()
                ? offered : HEX.toHexDigits(ThreadLocalRandom.current().nextLong());
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, requestId);
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        long started = System.nanoTime();
        return chain.filter(exchange)
                .contextWrite(ctx -> ctx.put(RequestIds.CONTEXT_KEY, requestId))
                .doFinally(signal -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    HttpMethod method = exchange.getRequest().getMethod();
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    boolean routine = signal == SignalType.ON_COMPLETE && status != null && status.value() < 400
                            && (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && millis < SLOW_MILLIS;
                    try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIdLogging.MDC_KEY, requestId)) {
                        log.atLevel(routine ? Level.DEBUG : Level.INFO).log("requestId={} {} {} status={} ms={}", requestId, method,
                                exchange.getRequest().getPath().value(), status == null ? "-" : status.value(), millis);
                    }
                });
    }
}
