package cn.gov.nantong.govmedia.common.web;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Gives every request an id (the caller's, if it is sane) and writes one access log line carrying it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("govmedia.access");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        String requestId = offered != null && SAFE_ID.matcher(offered).matches()
                ? offered : "%016x".formatted(ThreadLocalRandom.current().nextLong());
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, requestId);
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        long started = System.nanoTime();
        return chain.filter(exchange)
                .contextWrite(ctx -> ctx.put(RequestIds.CONTEXT_KEY, requestId))
                .doFinally(signal -> log.info("requestId={} {} {} status={} ms={}", requestId,
                        exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                        exchange.getResponse().getStatusCode() == null ? "-" : exchange.getResponse().getStatusCode().value(),
                        (System.nanoTime() - started) / 1_000_000));
    }
}
