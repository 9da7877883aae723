package cn.gov.nantong.govmedia.account;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.audit.AuditTrailEntry;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.Downloads;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts")
class AccountController {

    private final AccountRepository repository;
    private final AccountRegister register;
    private final OrganizationScopes scopes;
    private final Clock clock;
    private final AuditLog audit;

    AccountController(AccountRepository repository, AccountRegister register, OrganizationScopes scopes, Clock clock,
                      AuditLog audit) {
        this.audit = audit;
        this.repository = repository;
        this.register = register;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listAccounts", summary = "账号列表（分页、筛选）",
            description = "Accounts hosted in the caller's subtree. Any administrator role.")
    Mono<PageResponse<AccountResponse>> list(
            @RequestParam(required = false) Platform platform,
            @RequestParam(required = false) AccountStatus status,
            @Parameter(description = "Only this organization's subtree", example = "7") @RequestParam(required = false) Long organizationId,
            @Parameter(description = "名称包含的文字", example = "教育") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "Only accounts with a filing past its provincial deadline", example = "true")
            @RequestParam(required = false) Boolean overdue,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "field,asc|desc; fields: name, platform, status, createdAt, updatedAt", example = "name,asc")
            @RequestParam(required = false) String sort) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, AccountRepository.SORTABLE, AccountRepository.DEFAULT_ORDER);
        AccountFilter filter = new AccountFilter(platform, status, organizationId, q, Boolean.TRUE.equals(overdue),
                LocalDate.now(clock));
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(filter, scope, pageRequest), repository.count(filter, scope), pageRequest));
    }

    @GetMapping(value = "/export", produces = Workbooks.CONTENT_TYPE)
    @Operation(operationId = "exportAccounts", summary = "导出账号列表（Excel）",
            description = "The list with the same filters as an .xlsx workbook, at most 100,000 rows. Any administrator role.")
    Mono<ResponseEntity<byte[]>> export(
            @RequestParam(required = false) Platform platform,
            @RequestParam(required = false) AccountStatus status,
            @Parameter(description = "Only this organization's subtree", example = "7") @RequestParam(required = false) Long organizationId,
            @Parameter(description = "名称包含的文字", example = "教育") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "Only accounts with a filing past its provincial deadline", example = "true")
            @RequestParam(required = false) Boolean overdue) {
        PageRequest all = new PageRequest(1, AccountExport.MAX_ROWS, AccountRepository.DEFAULT_ORDER);
        AccountFilter filter = new AccountFilter(platform, status, organizationId, q, Boolean.TRUE.equals(overdue),
                LocalDate.now(clock));
        return scopes.current()
                .flatMap(scope -> repository.page(filter, scope, all).collectList())
                .publishOn(Schedulers.boundedElastic())
                .map(AccountExport::write)
                .map(bytes -> Downloads.attachment(bytes, "政务新媒体账号-" + LocalDate.now(clock) + ".xlsx", Workbooks.CONTENT_TYPE));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Operation(operationId = "updateAccount", summary = "修改账号的非备案信息（头像、责任人电话）",
            description = "Filed fields change only through a CHANGE filing. OPERATOR or CITY_ADMIN, within scope. Audited.")
    Mono<AccountResponse> update(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody AccountUpdateRequest request) {
        return register.updateUnfiled(id, request);
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getAccountHistory", summary = "账号变更历史",
            description = "Every audited change of the account, oldest first. Any administrator role, within scope.")
    Mono<java.util.List<AuditTrailEntry>> history(@Parameter(example = "1") @PathVariable long id) {
        return register.visible(id).flatMap(account -> audit.history("account", id).collectList());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAccount", summary = "账号详情",
            description = "404 when the account does not exist or its host lies outside the caller's subtree.")
    Mono<AccountResponse> get(@Parameter(example = "1") @PathVariable long id) {
        return register.visible(id);
    }
}
