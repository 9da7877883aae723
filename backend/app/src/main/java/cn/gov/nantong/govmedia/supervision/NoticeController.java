package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Detail;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Kind;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Notice;
import cn.gov.nantong.govmedia.supervision.NoticeViews.ReleaseRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Art 32.6: spot-check and assessment notices are released by the office that issued them and then read by anyone. */
@RestController
class NoticeController {

    private static final CacheControl PUBLIC_CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final NoticeService service;

    NoticeController(NoticeService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/supervision/notices")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Tag(name = "supervision-jobs")
    @Operation(operationId = "releaseNotice", summary = "公开发布抽查或考核通报",
            description = "Art 32.6. SPOT_CHECK: a closed check within the caller's scope (CITY_ADMIN, or SUPERVISOR for their "
                    + "own); ASSESSMENT: the city's annual assessment of a year (CITY_ADMIN only). Stores a snapshot without personal "
                    + "data, shown at /api/public/v1/supervision-notices. Once per check or year (409). Audited.")
    Mono<Detail> release(@Valid @RequestBody ReleaseRequest request) {
        return service.release(request);
    }

    @GetMapping("/api/public/v1/supervision-notices")
    @Tag(name = "public")
    @Operation(operationId = "listPublicNotices", summary = "政务新媒体抽查、考核通报（公开）",
            description = "Anonymous. The released spot-check and annual assessment notices (Art 32.6), newest first. Cacheable for 5 "
                    + "minutes. Rate-limited per client address (429 with Retry-After).")
    Mono<ResponseEntity<PageResponse<Notice>>> list(@Parameter(example = "SPOT_CHECK") @RequestParam(required = false) Kind kind,
                                                    @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                                    @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(kind, PageRequest.of(page, size)).map(body -> ResponseEntity.ok().cacheControl(PUBLIC_CACHE).body(body));
    }

    @GetMapping("/api/public/v1/supervision-notices/{id}")
    @Tag(name = "public")
    @Operation(operationId = "getPublicNotice", summary = "通报全文（公开）",
            description = "Anonymous. A released notice: the spot check's sample with each account's result and the problems found "
                    + "by checklist item, or the assessment's ranking and the units commended. No personal data. Cacheable.")
    Mono<ResponseEntity<Detail>> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id).map(body -> ResponseEntity.ok().cacheControl(PUBLIC_CACHE).body(body));
    }
}
