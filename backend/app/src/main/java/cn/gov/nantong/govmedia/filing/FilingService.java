package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.account.AccountResponse;
import cn.gov.nantong.govmedia.account.AccountStatus;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.filing.FilingRepository.Deadlines;
import cn.gov.nantong.govmedia.filing.FilingRepository.NewFiling;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.organization.OrganizationSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Filing workflow (Art 15, 16, 35): the host's operator files, the competent authority's supervisor decides. */
@Service
class FilingService {

    static final int PROVINCIAL_DEADLINE_DAYS = 3;
    static final int LEGACY_DEADLINE_DAYS = 20;
    /** Art 35 counts a legacy account's 20 working days from the day the measures were published. */
    static final LocalDate MEASURES_PUBLISHED = LocalDate.of(2019, 10, 10);
    static final int ANNOUNCEMENT_DAYS = 15;

    private final FilingRepository repository;
    private final AccountRegister accounts;
    private final OrganizationDirectory organizations;
    private final OrganizationScopes scopes;
    private final WorkingDayCalendar calendar;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final FilingMapper mapper;

    FilingService(FilingRepository repository, AccountRegister accounts, OrganizationDirectory organizations,
                  OrganizationScopes scopes, WorkingDayCalendar calendar, CurrentUsers users, AuditLog audit, Clock clock,
                  FilingMapper mapper) {
        this.mapper = mapper;
        this.repository = repository;
        this.accounts = accounts;
        this.organizations = organizations;
        this.scopes = scopes;
        this.calendar = calendar;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<PageResponse<FilingResponse>> list(FilingFilter filter, PageRequest page) {
        Mono<String> organization = users.current().map(user -> user.organizationCode() == null ? "" : user.organizationCode());
        return Mono.zip(scopes.current(), deadlines(), organization).flatMap(context -> PageResponse.of(
                repository.page(filter, context.getT1(), context.getT2(), context.getT3(), page),
                repository.count(filter, context.getT1(), context.getT2(), context.getT3()), page));
    }

    Mono<FilingResponse> get(long id) {
        return Mono.zip(scopes.current(), deadlines())
                .flatMap(context -> repository.findInScope(id, context.getT1(), context.getT2()))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("备案", "Filing")));
    }

    @Transactional
    public Mono<FilingResponse> submit(FilingRequest request) {
        if (request.basis() != null && request.basis().type() == BasisType.ORDERED_BY_AUTHORITY) {
            return Mono.error(ApiProblemException.invalidField("basis.type", "OrderedOnly",
                    "责令关闭由主管单位以处理措施下达，不能自行选择（《办法》第三十四条）",
                    "an ordered closure is filed by the competent authority's measure, not chosen by the host (Art 34)"));
        }
        return submitted(request);
    }

    /** An ORDERED_CLOSURE measure's CLOSE filing (Art 34), in the measure's transaction. */
    Mono<FilingResponse> submitOrdered(FilingRequest request) {
        return submitted(request);
    }

    private Mono<FilingResponse> submitted(FilingRequest request) {
        if (request.foundOn() != null && !(request.legacyAccount() && request.type() == FilingType.OPEN)) {
            return Mono.error(ApiProblemException.invalidField("foundOn", "LegacyOnly", "只有存量账号的开设备案填写发现日期",
                    "foundOn belongs to the OPEN filing of a legacy account"));
        }
        return users.current().flatMap(user -> switch (request.type()) {
            case OPEN -> open(request, user);
            case CLOSE, CANCEL -> close(request, user);
            case CHANGE -> change(request, user);
        });
    }

    private Mono<FilingResponse> open(FilingRequest request, CurrentUser user) {
        if (request.account() == null) {
            return Mono.error(ApiProblemException.invalidField("account", "NotNull", "开设备案须填写账号信息",
                    "an OPEN filing needs the account"));
        }
        Long hostId = request.account().hostOrganizationId();
        Mono<OrganizationSummary> host = (hostId == null ? organizations.own(user.organizationCode()) : organizations.visible(hostId))
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("account.hostOrganizationId", "Exists",
                        "主办单位不存在或不在您的管辖范围内", "the host organization does not exist or is outside your scope")));
        return host.flatMap(h -> accounts.checkOpen(request.account(), h)
                .then(authorityOf(h))
                .flatMap(authority -> accounts.warnings(request.account(), h)
                        .flatMap(warnings -> accounts.registerPending(request.account(), h)
                                .flatMap(account -> file(request, account, authority, user))
                                .map(filing -> mapper.withWarnings(filing, warnings)))));
    }

    /** Art 35: the host files a legacy account within 20 working days of publication, or of the day it was found. */
    private Mono<Optional<LocalDate>> hostDeadline(FilingRequest request, @Nullable LocalDate foundOn) {
        if (!request.legacyAccount() || request.type() != FilingType.OPEN) {
            return Mono.just(Optional.empty());
        }
        LocalDate from = foundOn == null || foundOn.isBefore(MEASURES_PUBLISHED) ? MEASURES_PUBLISHED : foundOn;
        return calendar.plus(from, LEGACY_DEADLINE_DAYS).map(result -> Optional.of(result.date()));
    }

    private Mono<FilingResponse> change(FilingRequest request, CurrentUser user) {
        if (request.accountId() == null) {
            return Mono.error(ApiProblemException.invalidField("accountId", "NotNull", "须指明要变更的账号",
                    "name the account to change"));
        }
        if (request.changes() == null || request.changes().changesNothing()) {
            return Mono.error(ApiProblemException.invalidField("changes", "NotEmpty", "变更备案须至少变更一项内容",
                    "a CHANGE filing must change at least one field"));
        }
        return accounts.visible(request.accountId())
                .flatMap(account -> accounts.checkChange(account, request.changes())
                        .then(organizations.byId(account.hostOrganizationId()))
                        .flatMap(this::authorityOf)
                        .flatMap(authority -> file(request, account, authority, user)));
    }

    private Mono<FilingResponse> close(FilingRequest request, CurrentUser user) {
        if (request.accountId() == null) {
            return Mono.error(ApiProblemException.invalidField("accountId", "NotNull", "须指明要关停或注销的账号",
                    "name the account to close or cancel"));
        }
        if (request.basis() == null) {
            return Mono.error(ApiProblemException.invalidField("basis", "NotNull",
                    "关停、注销须有集体决策或主要负责同志批准的依据（《办法》第十六条）",
                    "closing or cancelling needs a collective decision or the principal leader's approval (Art 16)"));
        }
        if (request.announcementStartsOn() == null || request.announcementEndsOn() == null) {
            return Mono.error(ApiProblemException.invalidField("announcementEndsOn", "NotNull",
                    "须填写公告起止日期（《办法》第十六条）", "the announcement period is required (Art 16)"));
        }
        if (request.announcementStartsOn().isBefore(LocalDate.now(clock))
                || request.announcementStartsOn().isBefore(request.basis().decidedOn())) {
            return Mono.error(ApiProblemException.invalidField("announcementStartsOn", "NotBefore",
                    "公告开始日期不能早于今天，也不能早于关停决定日期（《办法》第十六条）",
                    "the announcement cannot start before today or before the closure was decided (Art 16)"));
        }
        return calendar.plus(request.announcementStartsOn(), ANNOUNCEMENT_DAYS).flatMap(minimum -> {
            if (request.announcementEndsOn().isBefore(minimum.date())) {
                return Mono.error(ApiProblemException.rule("ANNOUNCEMENT_TOO_SHORT", "Art 16",
                        "关停、注销前须公告不少于 15 个工作日，公告最早于 " + minimum.date() + " 结束（《办法》第十六条）",
                        "the announcement must last at least 15 working days, until " + minimum.date() + " at the earliest (Art 16)"));
            }
            return accounts.visible(request.accountId());
        }).flatMap(account -> {
            if (account.status() != AccountStatus.ACTIVE) {
                return Mono.error(ApiProblemException.conflict("ACCOUNT_NOT_ACTIVE",
                        "只有已开通的账号才能关停或注销", "only an active account can be closed or cancelled"));
            }
            return organizations.byId(account.hostOrganizationId())
                    .flatMap(this::authorityOf)
                    .flatMap(authority -> file(request, account, authority, user));
        });
    }

    private Mono<FilingResponse> file(FilingRequest request, AccountResponse account, OrganizationSummary authority,
                                      CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        // Basis and announcement belong to a closure (Art 16); sent with an OPEN or CHANGE they are ignored, not stored.
        boolean closing = request.type() == FilingType.CLOSE || request.type() == FilingType.CANCEL;
        FilingRequest.Basis basis = closing ? request.basis() : null;
        LocalDate foundOn = request.legacyAccount() ? request.foundOn() : null;
        return Mono.zip(calendar.plus(today, PROVINCIAL_DEADLINE_DAYS), hostDeadline(request, foundOn))
                .flatMap(deadlines -> repository.insert(new NewFiling(request.type(), account.id(), account.hostOrganizationId(),
                        authority.id(), request.legacyAccount(), request.type() == FilingType.CHANGE ? request.changes() : null,
                        basis == null ? null : basis.type(),
                        basis == null ? null : basis.documentNumber(), basis == null ? null : basis.decidedOn(),
                        closing ? request.announcementStartsOn() : null, closing ? request.announcementEndsOn() : null,
                        today, deadlines.getT1().date(), foundOn, deadlines.getT2().orElse(null), user.username())))
                .onErrorMap(DataIntegrityViolationException.class, e -> ApiProblemException.conflict("FILING_PENDING",
                        "该账号已有待审核的备案", "the account already has a filing awaiting a decision"))
                .flatMap(this::get)
                .flatMap(filing -> audit.record("SUBMIT", "filing", filing.id(), null, filing).thenReturn(filing));
    }

    /** Filings go to the host's competent authority; a county government's own go to the city (Art 15). */
    private Mono<OrganizationSummary> authorityOf(OrganizationSummary host) {
        if (host.competentAuthorityId() == null) {
            return Mono.error(ApiProblemException.rule("NO_COMPETENT_AUTHORITY", "Art 15",
                    "主办单位未设主管单位，无法备案，请联系市政府办公室", "the host has no competent authority to file with (Art 15)"));
        }
        return organizations.byId(host.competentAuthorityId());
    }

    private Mono<Deadlines> deadlines() {
        LocalDate today = LocalDate.now(clock);
        return calendar.plus(today, 1).map(next -> new Deadlines(today, next.date()));
    }
}
