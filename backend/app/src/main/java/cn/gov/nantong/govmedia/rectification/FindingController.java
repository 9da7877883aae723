package cn.gov.nantong.govmedia.rectification;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Provincial findings come in, become rectification tasks of the host, and go back out once rectified. */
@RestController
class FindingController {

    @Schema(description = "整改完成情况 / how the finding was rectified")
    record CompletionRequest(@Schema(example = "已恢复每周更新并补发原创内容") @NotBlank @Size(max = 2000) String evidence) {
    }

    private final FindingService service;

    FindingController(FindingService service) {
        this.service = service;
    }

    @PostMapping("/api/sync/v1/inspection-findings")
    @Tag(name = "sync")
    @Operation(operationId = "receiveInspectionFinding", summary = "接收省级检查发现的问题",
            description = "Provincial client only. Idempotent by findingId: 201 the first time, 200 with the stored finding after. "
                    + "Each finding becomes a rectification task of the account's host organization.")
    Mono<ResponseEntity<FindingResponse>> receive(@Valid @RequestBody FindingRequest request) {
        return service.receive(request)
                .map(received -> ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK).body(received.finding()));
    }

    @GetMapping("/api/v1/rectifications")
    @Tag(name = "rectifications")
    @Operation(operationId = "listRectifications", summary = "整改任务列表（省级检查及市级抽查发现的问题）",
            description = "Findings on accounts hosted in the caller's subtree, nearest deadline first. Any administrator role.")
    Mono<PageResponse<FindingResponse>> list(
            @Parameter(example = "OPEN") @RequestParam(required = false) FindingStatus status,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(status, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/rectifications/{id}/completion")
    @Tag(name = "rectifications")
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "completeRectification", summary = "提交整改完成情况",
            description = "Closes the task with its evidence; provincial findings are reported to the province through the outbox. "
                    + "OPERATOR or CITY_ADMIN. Audited.")
    Mono<FindingResponse> complete(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody CompletionRequest request) {
        return service.complete(id, request.evidence());
    }
}
