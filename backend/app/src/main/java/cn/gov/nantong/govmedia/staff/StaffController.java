package cn.gov.nantong.govmedia.staff;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "staff")
class StaffController {

    private final StaffService service;

    StaffController(StaffService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/staff")
    @Operation(operationId = "listStaff", summary = "运维人员列表", description = "Staff of the caller's subtree. Any administrator role.")
    Mono<PageResponse<StaffResponse>> list(
            @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
            @Parameter(example = "ACTIVE") @RequestParam(required = false) StaffStatus status,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "field,asc|desc; fields: name, trainedOn, status", example = "name,asc")
            @RequestParam(required = false) String sort) {
        return service.list(organizationId, status, PageRequest.of(page, size, sort, StaffRepository.SORTABLE,
                StaffRepository.DEFAULT_ORDER));
    }

    @GetMapping("/api/v1/staff/{id}")
    @Operation(operationId = "getStaff", summary = "运维人员详情", description = "404 outside the caller's subtree.")
    Mono<StaffResponse> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping("/api/v1/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "createStaff", summary = "登记运维人员", description = "OPERATOR or CITY_ADMIN. Audited.")
    Mono<StaffResponse> create(@Valid @RequestBody StaffRequest request) {
        return service.create(request);
    }

    @PatchMapping("/api/v1/staff/{id}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "updateStaff", summary = "修改运维人员（如登记培训日期）", description = "OPERATOR or CITY_ADMIN. Audited.")
    Mono<StaffResponse> update(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody StaffUpdateRequest request) {
        return service.update(id, request);
    }

    @PostMapping("/api/v1/staff/{id}/departure")
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "recordStaffDeparture", summary = "人员离岗",
            description = "Ends the person's custody and opens a credential-rotation task on every account they held (Art 27). Audited.")
    Mono<StaffResponse> depart(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody DepartureRequest request) {
        return service.depart(id, request);
    }

    @GetMapping("/api/v1/accounts/{accountId}/credential-holders")
    @Operation(operationId = "listCredentialHolders", summary = "账号密码保管人", description = "Any administrator role, within scope.")
    Mono<List<StaffResponse>> holders(@Parameter(example = "1") @PathVariable long accountId) {
        return service.holders(accountId);
    }

    @PutMapping("/api/v1/accounts/{accountId}/credential-holders")
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "replaceCredentialHolders", summary = "设置账号密码保管人",
            description = "Only trained, active staff of the host organization (Art 27). Passwords themselves are never stored. Audited.")
    Mono<List<StaffResponse>> replaceHolders(@Parameter(example = "1") @PathVariable long accountId,
                                             @Valid @RequestBody CredentialHoldersRequest request) {
        return service.replaceHolders(accountId, request);
    }

    @GetMapping("/api/v1/credential-rotation-tasks")
    @Operation(operationId = "listCredentialRotationTasks", summary = "密码更换任务列表", description = "Any administrator role, within scope.")
    Mono<PageResponse<RotationTaskResponse>> tasks(
            @Parameter(example = "OPEN") @RequestParam(required = false) RotationTaskStatus status,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.tasks(status, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/credential-rotation-tasks/{id}/closure")
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "closeCredentialRotationTask", summary = "完成密码更换", description = "Closes the task with a note. Audited.")
    Mono<RotationTaskResponse> close(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody RotationClosureRequest request) {
        return service.closeTask(id, request);
    }
}
