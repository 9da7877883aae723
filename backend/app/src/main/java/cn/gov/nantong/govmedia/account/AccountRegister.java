package cn.gov.nantong.govmedia.account;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.organization.OrganizationSummary;
import cn.gov.nantong.govmedia.organization.OrganizationType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The register's rules (Art 7, 12, 13, 14, 25) and its state changes, for the filing workflow. Call inside
 * the filing's transaction: every change here is audited in it.
 */
@Component
public class AccountRegister {

    private static final String ENTITY = "account";

    private final AccountRepository repository;
    private final OrganizationScopes scopes;
    private final AuditLog audit;
    private final Clock clock;

    AccountRegister(AccountRepository repository, OrganizationScopes scopes, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks an OPEN filing's account against the measures; refusals cite the article. */
    public Mono<Void> checkOpen(AccountDetails details, OrganizationSummary host) {
        if (host.type() == OrganizationType.INTERNAL_UNIT) {
            return Mono.error(ApiProblemException.rule("INTERNAL_UNIT_CANNOT_HOST", "Art 12",
                    "内设机构不得开设政务新媒体（《办法》第十二条）", "an internal unit may not host an account (Art 12)"));
        }
        return checkRules(details).then(repository.liveExists(host.id(), details.platform())
                .flatMap(exists -> exists ? Mono.error(oneLivePerPlatform()) : Mono.empty()));
    }

    /** Checks a CHANGE filing: the account as changed must still satisfy the measures. */
    public Mono<Void> checkChange(AccountResponse account, AccountChanges changes) {
        if (account.status() != AccountStatus.ACTIVE) {
            return Mono.error(ApiProblemException.conflict("ACCOUNT_NOT_ACTIVE",
                    "只有已开通的账号才能办理变更", "only an active account can be changed"));
        }
        return checkRules(changes.applyTo(account));
    }

    /** Applies an approved CHANGE filing. */
    public Mono<AccountResponse> applyChanges(long id, AccountChanges changes) {
        return repository.findById(id).flatMap(current -> change(id,
                repository.update(id, changes.applyTo(current), current.version()), "CHANGE"));
    }

    private static Mono<Void> checkRules(AccountDetails details) {
        if (details.platform() == Platform.MOBILE_APP && !Boolean.TRUE.equals(details.ipv6Supported())) {
            return Mono.error(ApiProblemException.rule("APP_WITHOUT_IPV6", "Art 13",
                    "移动客户端须支持 IPv6（《办法》第十三条）", "a mobile app must support IPv6 (Art 13)"));
        }
        if ((details.news() || details.audioVideo())
                && (details.licenceNumber() == null || details.licenceNumber().isBlank())) {
            return Mono.error(ApiProblemException.rule("LICENCE_REQUIRED", "Art 25",
                    "提供新闻信息或网络视听服务须填写许可证编号（《办法》第二十五条）",
                    "news or audio/video services need the licence number (Art 25)"));
        }
        if (details.operatorType() == OperatorType.CONTRACTED
                && (details.contractSignedOn() == null || details.confidentialitySignedOn() == null)) {
            return Mono.error(ApiProblemException.rule("CONTRACTED_OPERATOR_AGREEMENTS", "Art 7",
                    "委托第三方运维须签订服务合同和保密协议（《办法》第七条）",
                    "a contracted operator needs a service contract and a confidentiality agreement (Art 7)"));
        }
        return Mono.empty();
    }

    /** Warnings, not refusals: names that differ across platforms, a certification subject not naming the host (Art 14). */
    public Mono<List<String>> warnings(AccountDetails details, OrganizationSummary host) {
        return repository.liveNamesOfHost(host.id()).collectList().map(names -> {
            List<String> warnings = new ArrayList<>();
            names.stream().filter(name -> !name.equals(details.name().trim())).findFirst().ifPresent(other -> warnings.add(
                    "同一主办单位在不同平台的账号名称不一致：“" + other + "”与“" + details.name().trim() + "”（《办法》第十四条）"));
            if (details.certificationSubject() != null && !details.certificationSubject().equals(host.name())) {
                warnings.add("认证主体“" + details.certificationSubject() + "”与主办单位“" + host.name() + "”不一致（《办法》第十四条）");
            }
            return warnings;
        });
    }

    public Mono<AccountResponse> registerPending(AccountDetails details, OrganizationSummary host) {
        return repository.insertPending(details, host.id(), today())
                .onErrorMap(DataIntegrityViolationException.class, e -> oneLivePerPlatform())
                .flatMap(repository::findById)
                .flatMap(created -> audit.record("REGISTER", ENTITY, created.id(), null, created).thenReturn(created));
    }

    /** All accounts for the provincial snapshot (the machine client sees the whole register). */
    public Flux<AccountResponse> snapshot() {
        return repository.streamAll();
    }

    /** Any account by id, regardless of scope: for the provincial client's findings. */
    public Mono<AccountResponse> byId(long id) {
        return repository.findById(id);
    }

    /** The account if the caller may see it. */
    public Mono<AccountResponse> visible(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("账号", "Account")));
    }

    Mono<AccountResponse> updateUnfiled(long id, AccountUpdateRequest request) {
        return visible(id).flatMap(current -> {
            if (request.version() != null && request.version() != current.version()) {
                return Mono.error(ApiProblemException.stale("账号已被他人修改", "the account was changed by someone else"));
            }
            return change(id, repository.updateUnfiled(id, request, current.version()), "UPDATE");
        });
    }

    public Mono<AccountResponse> activate(long id) {
        return change(id, repository.transition(id, AccountStatus.PENDING_FILING, AccountStatus.ACTIVE, today()), "ACTIVATE");
    }

    public Mono<AccountResponse> withdrawPending(long id) {
        return change(id, repository.transition(id, AccountStatus.PENDING_FILING, AccountStatus.CANCELLED, today()), "WITHDRAW");
    }

    public Mono<AccountResponse> startClosing(long id, AccountStatus closingAs, LocalDate closesOn) {
        return change(id, repository.startClosing(id, closingAs, closesOn, today()), "START_CLOSING");
    }

    private Mono<AccountResponse> change(long id, Mono<Long> update, String action) {
        return repository.findById(id).flatMap(before -> update.flatMap(rows -> rows == 0
                ? Mono.error(ApiProblemException.conflict("ACCOUNT_STATE_CHANGED", "账号状态已变化，无法执行此操作",
                "the account's status changed; the operation no longer applies"))
                : repository.findById(id))
                .flatMap(after -> audit.record(action, ENTITY, id, before, after).thenReturn(after)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ApiProblemException oneLivePerPlatform() {
        return ApiProblemException.conflict("ONE_LIVE_ACCOUNT_PER_PLATFORM", "Art 12",
                "同一主办单位在同一平台只能开设一个政务新媒体账号（《办法》第十二条）",
                "a host organization may have only one live account per platform (Art 12)");
    }
}
