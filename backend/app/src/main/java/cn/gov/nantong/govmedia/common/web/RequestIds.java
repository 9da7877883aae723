package cn.gov.nantong.govmedia.common.web;

import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The id that ties a request to its log lines, its audit rows and its problem answers. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIds.class.getName();
    static final String CONTEXT_KEY = "govmedia.requestId";

    private RequestIds() {
    }

    public static String of(ServerWebExchange exchange) {
        return Optional.ofNullable((String) exchange.getAttribute(ATTRIBUTE)).orElse(exchange.getRequest().getId());
    }

    public static Mono<String> current() {
        return Mono.deferContextual(ctx -> Mono.justOrEmpty(ctx.<String>getOrEmpty(CONTEXT_KEY)));
    }
}
