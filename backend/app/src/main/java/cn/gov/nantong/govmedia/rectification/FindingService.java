package cn.gov.nantong.govmedia.rectification;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.sync.SyncOutbox;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Findings become rectification tasks of the account's host; a rectified provincial finding is reported back. Audited. */
@Service
class FindingService {

    /** The stored finding, and whether this request created it (false: it had come before). */
    record Received(FindingResponse finding, boolean created) {
    }

    private final FindingRepository findings;
    private final AccountRegister accounts;
    private final OrganizationScopes scopes;
    private final SyncOutbox outbox;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    FindingService(FindingRepository findings, AccountRegister accounts, OrganizationScopes scopes, SyncOutbox outbox,
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

    /** Stores a provincial finding once, whatever the number of times it is sent. */
    @Transactional
    Mono<Received> receive(FindingRequest request) {
        return accounts.byId(request.accountId())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("accountId", "Exists", "账号不存在", "no such account")))
                .flatMap(account -> findings.insertIfNew(request, account.hostOrganizationId()))
                .flatMap(created -> findings.byProvinceId(request.findingId())
                        .flatMap(finding -> (created ? audit.record("RECEIVE", "inspection_finding", finding.id(), null, finding)
                                : Mono.<Void>empty())
                                .thenReturn(new Received(finding, created))));
    }

    Mono<PageResponse<FindingResponse>> list(@Nullable FindingStatus status, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(findings.page(status, scope, page),
                findings.count(status, scope), page));
    }

    @Transactional
    Mono<FindingResponse> complete(long id, String evidence) {
        Mono<FindingResponse> visible = scopes.current().flatMap(scope -> findings.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("整改任务", "Rectification task")));
        return Mono.zip(visible, users.current().map(CurrentUser::username)).flatMap(context -> findings
                .rectify(id, evidence.trim(), context.getT2())
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
