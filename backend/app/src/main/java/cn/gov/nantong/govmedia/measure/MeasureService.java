package cn.gov.nantong.govmedia.measure;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.filing.OrderedClosures;
import cn.gov.nantong.govmedia.measure.MeasureRepository.NewMeasure;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Measures (Art 34), recorded with their basis; an ordered closure opens the account's CLOSE filing in the same transaction. */
@Service
class MeasureService {

    private record Target(@Nullable Long accountId, long organizationId) {
    }

    private final MeasureRepository repository;
    private final AccountRegister accounts;
    private final OrganizationDirectory organizations;
    private final OrganizationScopes scopes;
    private final OrderedClosures closures;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    MeasureService(MeasureRepository repository, AccountRegister accounts, OrganizationDirectory organizations, OrganizationScopes scopes,
                   OrderedClosures closures, CurrentUsers users, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.organizations = organizations;
        this.scopes = scopes;
        this.closures = closures;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<MeasureResponse> create(MeasureRequest request) {
        if ((request.accountId() == null) == (request.organizationId() == null)) {
            return Mono.error(ApiProblemException.invalidField("accountId", "ExactlyOne", "须且只能指定账号或单位之一",
                    "name either the account or the organization, not both"));
        }
        boolean closure = request.type() == MeasureType.ORDERED_CLOSURE;
        if (closure && request.accountId() == null) {
            return Mono.error(ApiProblemException.invalidField("accountId", "NotNull", "责令关闭须针对具体账号（《办法》第三十四条）",
                    "an ordered closure is against an account (Art 34)"));
        }
        if (closure && (request.documentNumber() == null || request.documentNumber().isBlank())) {
            return Mono.error(ApiProblemException.invalidField("documentNumber", "NotBlank", "责令关闭须填写文号，作为关停备案的依据",
                    "an ordered closure needs its document number, the basis of the CLOSE filing"));
        }
        Mono<Target> target = request.accountId() != null
                ? accounts.visible(request.accountId()).map(a -> new Target(a.id(), a.hostOrganizationId()))
                : organizations.visible(request.organizationId()).map(o -> new Target(null, o.id()))
                        .switchIfEmpty(Mono.error(ApiProblemException.notFound("单位", "Organization")));
        return Mono.zip(target, users.current().map(CurrentUser::username))
                .flatMap(context -> repository.insert(new NewMeasure(request.type(), context.getT1().accountId(),
                        context.getT1().organizationId(), request.basis().trim(), blankToNull(request.documentNumber()),
                        request.decidedOn(), context.getT2())))
                .flatMap(id -> (closure ? closures.fileClosure(request.accountId(), request.documentNumber().trim(), request.decidedOn(),
                                request.announcementStartsOn() == null ? LocalDate.now(clock) : request.announcementStartsOn())
                        .flatMap(filingId -> repository.linkFiling(id, filingId)) : Mono.just(0L))
                        .then(get(id)))
                .flatMap(measure -> audit.record("CREATE", "measure", measure.id(), null, measure).thenReturn(measure));
    }

    Mono<MeasureResponse> get(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("监管措施", "Measure")));
    }

    Mono<PageResponse<MeasureResponse>> list(@Nullable MeasureType type, @Nullable Long accountId, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(type, accountId, scope, page), repository.count(type, accountId, scope), page));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
