package cn.gov.nantong.govmedia.common.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * Refuses, before any handler, two kinds of request that otherwise failed late: an Accept header that cannot be parsed
 * (every later content negotiation failed with it, including the one for the error answer, which went out empty) and
 * control characters such as NUL in query parameters (PostgreSQL cannot store or compare text holding NUL).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter implements WebFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final ProblemMapper mapper;
    private final ProblemWriter writer;

    MalformedRequestFilter(ProblemMapper mapper, ProblemWriter writer) {
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
        for (Map.Entry<String, List<String>> parameter : exchange.getRequest().getQueryParams().entrySet()) {
            if (CONTROL.matcher(parameter.getKey()).find() || parameter.getValue().stream().anyMatch(v -> v != null && CONTROL.matcher(v).find())) {
                return Mono.error(ApiProblemException.invalidField(parameter.getKey().replaceAll(CONTROL.pattern(), "?"), "ControlCharacter",
                        "含有不允许的控制字符（如 NUL）", "contains a control character that is not allowed (such as NUL)"));
            }
        }
        return chain.filter(exchange);
    }
}
