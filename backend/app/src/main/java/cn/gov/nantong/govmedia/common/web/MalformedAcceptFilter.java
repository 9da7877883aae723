package cn.gov.nantong.govmedia.common.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * An Accept header that cannot be parsed would make every later content negotiation fail, including the one for the
 * error answer, which then went out with an empty body. It is refused here, before negotiation, as a problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedAcceptFilter implements WebFilter {

    private final ProblemMapper mapper;
    private final ProblemWriter writer;

    MalformedAcceptFilter(ProblemMapper mapper, ProblemWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        try {
            for (String accept : exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.ACCEPT)) {
                MediaType.parseMediaTypes(accept);
            }
        } catch (InvalidMediaTypeException malformed) {
            Problem problem = mapper.simple(HttpStatus.BAD_REQUEST, "MALFORMED_ACCEPT", "Accept 请求头格式错误",
                    "Malformed Accept header", "Accept 请求头不是有效的媒体类型列表", "The Accept header is not a valid list of media types");
            return writer.write(exchange, problem.withContext(exchange.getRequest().getPath().value(), RequestIds.of(exchange)));
        }
        return chain.filter(exchange);
    }
}
