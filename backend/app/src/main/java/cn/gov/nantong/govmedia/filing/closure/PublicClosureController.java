package cn.gov.nantong.govmedia.filing.closure;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "public-interaction")
class PublicClosureController {

    private final ClosureAnnouncementRepository announcements;
    private final Clock clock;

    PublicClosureController(ClosureAnnouncementRepository announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @GetMapping("/api/public/v1/closure-announcements")
    @Operation(operationId = "listClosureAnnouncements", summary = "政务新媒体关停、注销公告",
            description = "Anonymous. The approved closures and cancellations whose announcement runs now or is still to come "
                    + "(Art 16: at least 15 working days before the account closes), the earliest first: account, platform, host, "
                    + "basis (the host's decision, or the competent authority's order under Art 34) and the period. Rate-limited "
                    + "per client address and X-Device-Id (429 with Retry-After).")
    Mono<ResponseEntity<PageResponse<ClosureAnnouncement>>> list(@Parameter(example = "1") @RequestParam(required = false) Integer page,
                                                                 @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(announcements.current(today, request), announcements.count(today), request)
                .map(body -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(body));
    }
}
