package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.complaint.ComplaintProperties;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Refuses an oversized public submission (413 problem) before its body is read. */
@Component
class SubmissionSizeFilter implements WebFilter {

    private final long maxBytes;

    SubmissionSizeFilter(ComplaintProperties properties) {
        this.maxBytes = properties.maxBodyBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (request.getMethod() == HttpMethod.POST && request.getPath().value().equals(PublicComplaintController.SUBMIT_PATH)
                && request.getHeaders().getContentLength() > maxBytes) {
            return Mono.error(new PayloadTooLargeException(null));
        }
        return chain.filter(exchange);
    }
}
