package cn.gov.nantong.govmedia.common.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/** Catches what escapes the controllers (filters, unmatched paths) so no default error page ever shows. */
@Component
@Order(-2)
class ProblemWebExceptionHandler implements WebExceptionHandler {

    private final ProblemMapper mapper;
    private final ProblemWriter writer;

    ProblemWebExceptionHandler(ProblemMapper mapper, ProblemWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return writer.write(exchange, mapper.map(error, exchange));
    }
}
