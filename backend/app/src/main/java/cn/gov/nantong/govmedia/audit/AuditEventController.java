package cn.gov.nantong.govmedia.audit;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "audit")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR')")
class AuditEventController {

    private final AuditEventRepository repository;
    private final AuditProofService log;

    AuditEventController(AuditEventRepository repository, AuditProofService log) {
        this.repository = repository;
        this.log = log;
    }

    @GetMapping
    @Operation(operationId = "listAuditEvents", summary = "审计日志（分页、筛选）",
            description = "Newest first. CITY_ADMIN and AUDITOR only.")
    Mono<PageResponse<AuditEventResponse>> list(
            @Parameter(example = "organization") @RequestParam(required = false) @Size(max = 64) String entityType,
            @Parameter(example = "19") @RequestParam(required = false) @Size(max = 64) String entityId,
            @Parameter(example = "city-admin") @RequestParam(required = false) @Size(max = 128) String actor,
            @Parameter(example = "UPDATE") @RequestParam(required = false) @Size(max = 64) String action,
            @Parameter(example = "2026-11-01T00:00:00+08:00") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @Parameter(example = "2026-12-01T00:00:00+08:00") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PageRequest pageRequest = PageRequest.of(page, size);
        AuditEventFilter filter = new AuditEventFilter(entityType, entityId, actor, action, from, to);
        return PageResponse.of(repository.page(filter, pageRequest), repository.count(filter), pageRequest);
    }

    @GetMapping("/verification")
    @Operation(operationId = "verifyAuditChain", summary = "校验审计日志",
            description = "Recomputes every event's hash, every leaf and the Merkle root of the latest signed tree head, checks "
                    + "its signature and counts events left unsealed past the bound. CITY_ADMIN and AUDITOR only.")
    Mono<AuditVerification> verify() {
        return log.verify();
    }
}
