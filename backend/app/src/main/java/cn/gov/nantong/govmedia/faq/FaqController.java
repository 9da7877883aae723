package cn.gov.nantong.govmedia.faq;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "faqs")
class FaqController {

    private final FaqService service;

    FaqController(FaqService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/faqs")
    @Operation(operationId = "listFaqs", summary = "咨询答问库（管理）", description = "Entries of organizations in the caller's "
            + "subtree, published or not. Any administrator role.")
    Mono<PageResponse<FaqResponse>> list(@Parameter(example = "转学") @RequestParam(required = false) @Size(max = 100) String q,
                                         @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
                                         @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                         @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(q, organizationId, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/faqs/{id}")
    @Operation(operationId = "getFaq", summary = "答问详情", description = "Any administrator role; 404 outside the caller's subtree.")
    Mono<FaqResponse> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping("/api/v1/faqs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "createFaq", summary = "新增答问", description = "OPERATOR, for their own organization or one in "
            + "their subtree. HTML is stripped. Audited.")
    Mono<FaqResponse> create(@Valid @RequestBody FaqRequest request) {
        return service.create(request);
    }

    @PutMapping("/api/v1/faqs/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "updateFaq", summary = "修改答问", description = "OPERATOR within scope; version required (409 when stale). Audited.")
    Mono<FaqResponse> update(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody FaqRequest request) {
        return service.update(id, request);
    }

    @DeleteMapping("/api/v1/faqs/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "deleteFaq", summary = "删除答问", description = "OPERATOR within scope; version required (409 when stale). Audited.")
    Mono<Void> delete(@Parameter(example = "1") @PathVariable long id,
                      @Parameter(example = "0") @RequestParam @PositiveOrZero long version) {
        return service.delete(id, version);
    }

    @PostMapping("/api/v1/complaints/{id}/promote-to-faq")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(operationId = "promoteComplaintToFaq", summary = "将已答复的咨询加入答问库",
            description = "OPERATOR of the target's host; an answered CONSULTATION only (422 otherwise). Audited on both.")
    Mono<FaqResponse> promote(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody PromoteRequest request) {
        return service.promote(id, request);
    }
}
