package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/rumour-rebuttals")
@Tag(name = "rumour-rebuttals")
class RebuttalController {

    private final RebuttalService service;

    RebuttalController(RebuttalService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listRumourRebuttals", summary = "辟谣列表（分页、筛选）",
            description = "Rebuttals issued within the caller's subtree, newest first. Any administrator role.")
    Mono<PageResponse<RebuttalResponse>> list(
            @RequestParam(required = false) RebuttalStatus status,
            @Parameter(description = "Only this issuing organization's subtree", example = "19") @RequestParam(required = false)
            Long organizationId,
            @Parameter(description = "标题、谣言或真相包含的文字", example = "延期开学") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "Created on or after this date (Asia/Shanghai)", example = "2026-11-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Created on or before this date (Asia/Shanghai)", example = "2026-11-30")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "field,asc|desc; fields: createdAt, updatedAt, publishedAt, title", example = "createdAt,desc")
            @RequestParam(required = false) String sort) {
        PageRequest request = PageRequest.of(page, size, sort, RebuttalRepository.SORTABLE, RebuttalRepository.DEFAULT_ORDER);
        return service.list(new RebuttalFilter(status, organizationId, q, from, to), request);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRumourRebuttal", summary = "辟谣详情",
            description = "Any administrator role; 404 outside the caller's subtree.")
    Mono<RebuttalResponse> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "createRumourRebuttal", summary = "撰写辟谣（草稿）",
            description = "OPERATOR of the issuing organization (or above it); the account must be hosted by the issuing "
                    + "organization. Not public until reviewed and published (Art 17, 23). Audited.")
    Mono<RebuttalResponse> create(@Valid @RequestBody RebuttalRequest request) {
        return service.create(request);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "updateRumourRebuttal", summary = "修改辟谣",
            description = "OPERATOR within scope. Replaces the whole rebuttal; `version` is required (409 when stale). Only "
                    + "while no review is under way (DRAFT or REJECTED; withdraw the ticket first), never once published. Audited.")
    Mono<RebuttalResponse> update(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody RebuttalRequest request) {
        return service.update(id, request);
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "reviewRumourRebuttal", summary = "辟谣送审（生成审核单）",
            description = "OPERATOR within scope. Opens a review ticket on the rebuttal's account, classified at least IMPORTANT "
                    + "(MAJOR for sensitive topics, Art 17); the caller then submits it under /api/v1/review-tickets. The rebuttal "
                    + "reaches the public feed when that ticket is PUBLISHED. Audited.")
    Mono<RebuttalResponse> review(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody ReviewRequest request) {
        return service.requestReview(id, request);
    }
}
