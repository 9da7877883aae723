package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** Art 27.1: any administrator role reads the documents of its subtree; hosts and authorities record and revise them. */
@RestController
@RequestMapping("/api/v1/security-documents")
@Tag(name = "security-records")
class SecurityDocumentController {

    private final SecurityDocumentService service;

    SecurityDocumentController(SecurityDocumentService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listSecurityDocuments", summary = "安全管理制度、保密审查制度、应急预案",
            description = "Documents of the caller's subtree (organizationId: that organization's subtree), next review first. "
                    + "Any administrator role.")
    Mono<PageResponse<SecurityDocument>> list(
            @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
            @Parameter(example = "EMERGENCY_PLAN") @RequestParam(required = false) SecurityDocument.Kind kind,
            @Parameter(example = "OVERDUE") @RequestParam(required = false) DueState dueState,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(organizationId, kind, dueState, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSecurityDocument", summary = "安全管理文件详情",
            description = "Any administrator role; 404 outside the caller's subtree.")
    Mono<SecurityDocument> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "addSecurityDocument", summary = "登记安全管理文件",
            description = "One document of each kind per organization in the caller's subtree (a second is a 409: revise the "
                    + "first). OPERATOR, SUPERVISOR, CITY_ADMIN. Audited.")
    Mono<SecurityDocument> add(@Valid @RequestBody SecurityDocumentRequest request) {
        return service.add(request);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "reviseSecurityDocument", summary = "修订安全管理文件（新版本、批准日期、下次复审日期）",
            description = "organizationId and kind are kept. OPERATOR, SUPERVISOR, CITY_ADMIN, within scope. A stale version is a "
                    + "409. Audited with the earlier version.")
    Mono<SecurityDocument> revise(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody SecurityDocumentRequest request) {
        return service.revise(id, request);
    }
}
