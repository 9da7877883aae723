package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.account.AccountResponse;
import cn.gov.nantong.govmedia.account.AccountStatus;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * The competent authority's decision on a filing (Art 15, 34): an approval applies it to the account and queues it for
 * the provincial system; a returned OPEN frees the host and platform.
 */
@Service
class FilingDecisionService {

    private final FilingService filings;
    private final FilingRepository repository;
    private final AccountRegister accounts;
    private final OrganizationDirectory organizations;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final FilingOutbox outbox;

    FilingDecisionService(FilingService filings, FilingRepository repository, AccountRegister accounts,
                          OrganizationDirectory organizations, CurrentUsers users, AuditLog audit, FilingOutbox outbox) {
        this.filings = filings;
        this.repository = repository;
        this.accounts = accounts;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public Mono<FilingResponse> decide(long id, FilingDecisionRequest request) {
        if (request.decision() == FilingDecisionRequest.Decision.RETURN
                && (request.reason() == null || request.reason().isBlank())) {
            return Mono.error(ApiProblemException.invalidField("reason", "NotBlank", "退回须说明理由", "a return needs a reason"));
        }
        return Mono.zip(users.current(), filings.get(id)).flatMap(context -> {
            CurrentUser user = context.getT1();
            FilingResponse filing = context.getT2();
            return organizations.byId(filing.authorityOrganizationId()).flatMap(authority -> {
                if (!authority.code().equals(user.organizationCode())) {
                    return Mono.error(ApiProblemException.rule("NOT_THE_COMPETENT_AUTHORITY", "Art 15",
                            "只有该备案的主管单位可以审核（《办法》第十五条）",
                            "only the filing's competent authority may decide it (Art 15)"));
                }
                if (request.decision() == FilingDecisionRequest.Decision.RETURN && filing.basisType() == BasisType.ORDERED_BY_AUTHORITY) {
                    return Mono.error(ApiProblemException.rule("ORDERED_CLOSURE_NOT_RETURNABLE", "Art 34",
                            "责令关闭的备案不能退回（《办法》第三十四条）", "an ordered closure cannot be returned (Art 34)"));
                }
                boolean approve = request.decision() == FilingDecisionRequest.Decision.APPROVE;
                return repository.decide(id, approve ? FilingStatus.APPROVED : FilingStatus.RETURNED, user.username(),
                                request.reason())
                        .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.conflict("FILING_ALREADY_DECIDED",
                                "该备案已审核", "the filing has already been decided")) : Mono.just(rows))
                        .then(approve ? applyApproval(filing) : applyReturn(filing))
                        .then(filings.get(id))
                        .flatMap(after -> approve ? enqueue(after, authority).thenReturn(after) : Mono.just(after))
                        .flatMap(after -> audit.record(approve ? "APPROVE" : "RETURN", "filing", id, filing, after)
                                .thenReturn(after));
            });
        });
    }

    private Mono<AccountResponse> applyApproval(FilingResponse filing) {
        return switch (filing.type()) {
            case OPEN -> accounts.activate(filing.accountId());
            case CLOSE -> accounts.startClosing(filing.accountId(), AccountStatus.CLOSED, filing.announcementEndsOn());
            case CANCEL -> accounts.startClosing(filing.accountId(), AccountStatus.CANCELLED, filing.announcementEndsOn());
            case CHANGE -> accounts.applyChanges(filing.accountId(), filing.changes());
        };
    }

    private Mono<Void> enqueue(FilingResponse filing, OrganizationSummary authority) {
        return Mono.zip(accounts.visible(filing.accountId()), organizations.byId(filing.hostOrganizationId()))
                .flatMap(context -> outbox.enqueue(new ApprovedFiling(filing.id(), filing.version(), filing.type(),
                        filing.legacy(), filing.receivedOn(), filing.decidedAt(), filing.announcementStartsOn(),
                        filing.announcementEndsOn(), filing.basisType(), filing.basisDocumentNumber(), filing.basisDecidedOn(),
                        context.getT1(), context.getT2(), authority)));
    }

    /** A returned OPEN frees the host and platform, so a corrected filing can be submitted. */
    private Mono<AccountResponse> applyReturn(FilingResponse filing) {
        return filing.type() == FilingType.OPEN ? accounts.withdrawPending(filing.accountId()) : Mono.empty();
    }
}
