package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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

/** Art 27.3: the register of devices used to log in; any administrator role reads it, hosts and authorities keep it. */
@RestController
@RequestMapping("/api/v1/security-devices")
@Tag(name = "security-records")
class SecurityDeviceController {

    private final SecurityDeviceService service;

    SecurityDeviceController(SecurityDeviceService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listSecurityDevices", summary = "登录终端台账",
            description = "Devices of the caller's subtree (organizationId: that organization's subtree); q matches the holder or "
                    + "the asset number; dueState OVERDUE: in use and not checked within the check interval. Any administrator role.")
    Mono<PageResponse<SecurityDevice>> list(
            @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
            @Parameter(example = "COMPUTER") @RequestParam(required = false) SecurityDevice.Kind kind,
            @Parameter(example = "IN_USE") @RequestParam(required = false) SecurityDevice.Status status,
            @Parameter(example = "王敏") @RequestParam(required = false) @Size(max = 50) String q,
            @Parameter(example = "OVERDUE") @RequestParam(required = false) DueState dueState,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(organizationId, kind, status, q, dueState, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSecurityDevice", summary = "登录终端详情", description = "Any administrator role; 404 outside the caller's subtree.")
    Mono<SecurityDevice> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "addSecurityDevice", summary = "登记登录终端",
            description = "Asset numbers are unique within an organization (409). OPERATOR, SUPERVISOR, CITY_ADMIN. Audited.")
    Mono<SecurityDevice> add(@Valid @RequestBody SecurityDeviceRequest request) {
        return service.add(request);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "updateSecurityDevice", summary = "修改登录终端（持有人、状态、检查日期）",
            description = "organizationId is kept. OPERATOR, SUPERVISOR, CITY_ADMIN, within scope. A stale version is a 409. Audited.")
    Mono<SecurityDevice> update(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody SecurityDeviceRequest request) {
        return service.update(id, request);
    }
}
