package cn.gov.nantong.govmedia.sync;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Provincial findings come in, become rectification tasks of the host, and go back out once rectified. */
@RestController
class FindingController {

    @Schema(description = "整改完成情况 / how the finding was rectified")
    record CompletionRequest(@Schema(example = "已恢复每周更新并补发原创内容") @NotBlank @Size(max = 2000) String evidence) {
    }

    private final FindingRepository findings;
    private final AccountRegister accounts;
    private final OrganizationScopes scopes;
    private final SyncOutbox outbox;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    FindingController(FindingRepository findings, AccountRegister accounts, OrganizationScopes scopes, SyncOutbox outbox,
                      CurrentUsers users, AuditLog audit, JsonMapper json, Clock clock) {
        this.findings = findings;
        this.accounts = accounts;
        this.scopes = scopes;
        this.outbox = outbox;
        this.users = users;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/api/sync/v1/inspection-findings")
    @Tag(name = "sync")
    @Transactional
    @Operation(operationId = "receiveInspectionFinding", summary = "接收省级检查发现的问题",
            description = "Provincial client only. Idempotent by findingId: 201 the first time, 200 with the stored finding after. "
                    + "Each finding becomes a rectification task of the account's host organization.")
    public Mono<ResponseEntity<FindingResponse>> receive(@Valid @RequestBody FindingRequest request) {
        return accounts.byId(request.accountId())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("accountId", "Exists", "账号不存在", "no such account")))
                .flatMap(account -> findings.insertIfNew(request, account.hostOrganizationId()))
                .flatMap(created -> findings.byProvinceId(request.findingId())
                        .flatMap(finding -> (created ? audit.record("RECEIVE", "inspection_finding", finding.id(), null, finding)
                                : Mono.<Void>empty())
                                .thenReturn(ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(finding))));
    }

    @GetMapping("/api/v1/rectifications")
    @Tag(name = "rectifications")
    @Operation(operationId = "listRectifications", summary = "整改任务列表（省级检查及市级抽查发现的问题）",
            description = "Findings on accounts hosted in the caller's subtree, nearest deadline first. Any administrator role.")
    Mono<PageResponse<FindingResponse>> list(
            @Parameter(example = "OPEN") @RequestParam(required = false) @Pattern(regexp = "OPEN|RECTIFIED") String status,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, null, Map.of(), "f.id");
        return scopes.current().flatMap(scope -> Mono.zip(findings.page(status, scope, request).collectList(),
                findings.count(status, scope), (items, total) -> PageResponse.of(items, request, total)));
    }

    @PostMapping("/api/v1/rectifications/{id}/completion")
    @Tag(name = "rectifications")
    @PreAuthorize("hasAnyRole('OPERATOR', 'CITY_ADMIN')")
    @Transactional
    @Operation(operationId = "completeRectification", summary = "提交整改完成情况",
            description = "Closes the task with its evidence; provincial findings are reported to the province through the outbox. "
                    + "OPERATOR or CITY_ADMIN. Audited.")
    public Mono<FindingResponse> complete(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody CompletionRequest request) {
        Mono<FindingResponse> visible = scopes.current().flatMap(scope -> findings.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("整改任务", "Rectification task")));
        return Mono.zip(visible, users.current().map(CurrentUser::username)).flatMap(context -> findings
                .rectify(id, request.evidence().trim(), context.getT2())
                .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.conflict("ALREADY_RECTIFIED",
                        "该问题已整改", "the finding has already been rectified")) : Mono.just(rows))
                .then(scopes.current().flatMap(scope -> findings.findInScope(id, scope)))
                .flatMap(after -> (after.source().equals("PROVINCE") ? outbox.enqueueRectification(id, after.findingId(), report(after))
                                : Mono.<Void>empty())
                        .then(audit.record("RECTIFY", "inspection_finding", id, context.getT1(), after))
                        .thenReturn(after)));
    }

    private String report(FindingResponse finding) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("findingId", finding.findingId());
        body.put("rectifiedOn", LocalDate.now(clock).toString());
        body.put("evidence", finding.evidence());
        return json.writeValueAsString(body);
    }
}
