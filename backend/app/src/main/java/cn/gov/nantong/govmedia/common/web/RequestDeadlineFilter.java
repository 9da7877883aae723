package cn.gov.nantong.govmedia.common.web;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every API request is answered: one still without an answer after the deadline (a stuck connection, a lost signal)
 * gets a 503 problem with Retry-After, and the error log names its path and request id so the cause can be found.
 * Downloads and the account stream may take longer and are left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestDeadlineFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestDeadlineFilter.class);

    private final Duration deadline;
    private final ProblemMapper mapper;
    private final ProblemWriter writer;

    RequestDeadlineFilter(@Value("${govmedia.request-deadline:PT20S}") Duration deadline, ProblemMapper mapper, ProblemWriter writer) {
        this.deadline = deadline;
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") || isLong(path)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange).timeout(deadline).onErrorResume(TimeoutException.class, timeout -> {
            log.error("no answer within {} for {} {} (request {})", deadline, exchange.getRequest().getMethod(), path,
                    RequestIds.of(exchange));
            if (exchange.getResponse().isCommitted()) {
                return Mono.error(timeout);
            }
            exchange.getResponse().getHeaders().set("Retry-After", "5");
            return writer.write(exchange, mapper.simple(HttpStatus.SERVICE_UNAVAILABLE, "DEADLINE_EXCEEDED", "服务暂时无法完成请求",
                            "Request not completed in time", "服务在规定时间内未能完成本次请求，请稍后重试",
                            "The service could not complete the request in time; retry later")
                    .withContext(path, RequestIds.of(exchange)));
        });
    }

    private static boolean isLong(String path) {
        return path.startsWith("/api/sync/v1/accounts") || path.endsWith("/export") || path.endsWith("/file") || path.endsWith(".pdf");
    }
}
