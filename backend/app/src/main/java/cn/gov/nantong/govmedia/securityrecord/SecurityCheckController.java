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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Art 29.1: security checks of self-built apps and sites, and the security items due or overdue for the overview. */
@RestController
@Tag(name = "security-records")
class SecurityCheckController {

    private final SecurityCheckService service;

    SecurityCheckController(SecurityCheckService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/security-checks")
    @Operation(operationId = "listSecurityChecks", summary = "安全检查记录",
            description = "Checks of the caller's subtree (organizationId: that organization's subtree), latest first, with their "
                    + "findings and the state of each rectification task. Any administrator role.")
    Mono<PageResponse<SecurityCheck>> list(
            @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
            @Parameter(example = "2") @RequestParam(required = false) Long accountId,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(organizationId, accountId, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/security-checks/{id}")
    @Operation(operationId = "getSecurityCheck", summary = "安全检查详情", description = "Any administrator role; 404 outside the caller's subtree.")
    Mono<SecurityCheck> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping("/api/v1/security-checks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "recordSecurityCheck", summary = "登记安全检查（发现问题转为整改任务）",
            description = "A check of a live self-built app, mini program or site (platform MOBILE_APP, MINI_PROGRAM or OTHER) in "
                    + "the caller's subtree; each finding opens a rectification task of the host (source SECURITY_CHECK). "
                    + "OPERATOR, SUPERVISOR, CITY_ADMIN. Audited.")
    Mono<SecurityCheck> record(@Valid @RequestBody SecurityCheckRequest request) {
        return service.record(request);
    }

    @GetMapping("/api/v1/security-records/overdue")
    @Operation(operationId = "getSecurityOverdue", summary = "安全台账到期提醒（总览）",
            description = "Counts for the caller's subtree: documents never recorded by hosts with a live account, documents due "
                    + "for review within the reminder period or past it, devices in use not checked within the interval, "
                    + "security-check rectifications past their deadline. Any administrator role.")
    Mono<SecurityOverdue> overdue() {
        return service.overdue();
    }
}
