package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.complaint.ComplaintProperties;
import cn.gov.nantong.govmedia.photo.Photos;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Refuses an oversized public submission (413 problem) before its body is read; with photos, room for three of them. */
@Component
class SubmissionSizeFilter implements WebFilter {

    /** The multipart envelope: part headers and boundaries around the JSON and the photos. */
    private static final long MULTIPART_OVERHEAD = 16 * 1024;

    private final long maxBytes;
    private final long maxWithPhotos;

    SubmissionSizeFilter(ComplaintProperties properties) {
        this.maxBytes = properties.maxBodyBytes();
        this.maxWithPhotos = properties.maxBodyBytes() + (long) Photos.MAX_PHOTOS * Photos.MAX_BYTES + MULTIPART_OVERHEAD;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (request.getMethod() == HttpMethod.POST) {
            String path = request.getPath().value();
            long length = request.getHeaders().getContentLength();
            if ((path.equals(PublicComplaintController.SUBMIT_PATH) && length > maxBytes)
                    || (path.equals(PublicComplaintController.SUBMIT_WITH_PHOTOS_PATH) && length > maxWithPhotos)) {
                return Mono.error(new PayloadTooLargeException(null));
            }
        }
        return chain.filter(exchange);
    }
}
