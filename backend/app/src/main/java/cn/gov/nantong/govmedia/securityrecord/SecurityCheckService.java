package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.account.AccountResponse;
import cn.gov.nantong.govmedia.account.AccountStatus;
import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.rectification.RectificationTasks;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Art 29.1: security checks of the apps and sites a host runs itself (application, operating system, database). Each
 * finding opens a rectification task of the host (GET /api/v1/rectifications, source SECURITY_CHECK).
 */
@Service
class SecurityCheckService {

    static final Set<Platform> SELF_BUILT = EnumSet.of(Platform.MOBILE_APP, Platform.MINI_PROGRAM, Platform.OTHER);
    private static final String ENTITY = "security_check";

    private final SecurityCheckRepository repository;
    private final SecurityOverdueRepository overdue;
    private final AccountRegister accounts;
    private final RectificationTasks rectifications;
    private final SecurityRecordRules rules;
    private final OrganizationScopes scopes;
    private final AuditLog audit;

    SecurityCheckService(SecurityCheckRepository repository, SecurityOverdueRepository overdue, AccountRegister accounts,
                         RectificationTasks rectifications, SecurityRecordRules rules, OrganizationScopes scopes, AuditLog audit) {
        this.repository = repository;
        this.overdue = overdue;
        this.accounts = accounts;
        this.rectifications = rectifications;
        this.rules = rules;
        this.scopes = scopes;
        this.audit = audit;
    }

    Mono<PageResponse<SecurityCheck>> list(@Nullable Long organizationId, @Nullable Long accountId, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(organizationId, accountId, scope, page)
                .concatMap(this::withFindings), repository.count(organizationId, accountId, scope), page));
    }

    Mono<SecurityCheck> get(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("安全检查", "Security check")))
                .flatMap(this::withFindings);
    }

    @Transactional
    public Mono<SecurityCheck> record(SecurityCheckRequest request) {
        for (int i = 0; i < request.findings().size(); i++) {
            if (request.findings().get(i).rectificationDeadline().isBefore(request.checkedOn())) {
                return Mono.error(ApiProblemException.invalidField("findings[" + i + "].rectificationDeadline", "After",
                        "整改期限不得早于检查日期", "the rectification deadline may not be before checkedOn"));
            }
        }
        return selfBuilt(request.accountId()).zipWith(rules.username())
                .flatMap(c -> repository.insert(request, c.getT1().hostOrganizationId(), c.getT2())
                        .flatMap(checkId -> Flux.fromIterable(request.findings())
                                .concatMap(finding -> open(checkId, c.getT1(), request, finding))
                                .then(Mono.just(checkId))))
                .flatMap(this::get)
                .flatMap(check -> audit.record("CREATE", ENTITY, check.id(), null, check).thenReturn(check));
    }

    Mono<SecurityOverdue> overdue() {
        return scopes.current().flatMap(scope -> overdue.count(rules.today(), rules.reminderEnd(), rules.checkedSince(),
                rules.reminderDays(), rules.deviceCheckDays(), scope));
    }

    private Mono<Long> open(long checkId, AccountResponse account, SecurityCheckRequest check,
                            SecurityCheckRequest.SecurityCheckFindingRequest finding) {
        return repository.insertFinding(checkId, finding)
                .flatMap(findingId -> rectifications.open(new RectificationTasks.LocalTask("SEC-" + findingId, account.id(),
                                account.hostOrganizationId(), "SECURITY_CHECK_" + finding.area().name(), false,
                                "【安全检查】" + finding.description().trim(), check.checkedOn(), finding.rectificationDeadline(),
                                "SECURITY_CHECK"))
                        .flatMap(taskId -> repository.linkRectification(findingId, taskId)));
    }

    /** A live account of the caller's subtree that the host runs itself: an app, a mini program or its own site. */
    private Mono<AccountResponse> selfBuilt(long accountId) {
        return accounts.visible(accountId)
                .onErrorMap(ApiProblemException.class, notFound -> ApiProblemException.invalidField("accountId", "Exists",
                        "账号不存在或不在您的管辖范围内", "the account does not exist or is outside your scope"))
                .flatMap(account -> SELF_BUILT.contains(account.platform())
                        && (account.status() == AccountStatus.ACTIVE || account.status() == AccountStatus.CLOSING)
                        ? Mono.just(account)
                        : Mono.error(ApiProblemException.rule("NOT_SELF_BUILT", "Art 29.1",
                        "安全检查的对象须为在用的自建移动客户端、小程序或网站（《办法》第二十九条）",
                        "a security check covers a live self-built app, mini program or site (Art 29.1)")));
    }

    private Mono<SecurityCheck> withFindings(SecurityCheckRepository.Header header) {
        return repository.findings(header.id()).collectList().map(header::with);
    }
}
