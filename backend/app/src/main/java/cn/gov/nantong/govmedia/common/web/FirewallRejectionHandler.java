package cn.gov.nantong.govmedia.common.web;

import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses paths with "..", ";", encoded NUL or slashes before any controller runs; by default
 * it answers a bare 400. This answers the same refusal as a problem.
 */
@Component
class FirewallRejectionHandler implements ServerExchangeRejectedHandler {

    private final ProblemMapper mapper;
    private final ProblemWriter writer;

    FirewallRejectionHandler(ProblemMapper mapper, ProblemWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejection) {
        return writer.write(exchange, mapper.map(rejection, exchange));
    }
}
