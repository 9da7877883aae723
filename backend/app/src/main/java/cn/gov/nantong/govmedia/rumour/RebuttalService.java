package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.review.Classification;
import cn.gov.nantong.govmedia.review.ReviewTickets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Rumour rebuttals (Art 23): written by the issuing organization's operator, published only through review (Art 17). */
@Service
class RebuttalService {

    private static final String ENTITY = "rumour_rebuttal";

    private final RebuttalRepository rebuttals;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final AccountRegister accounts;
    private final ReviewTickets reviews;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final GovMediaProperties properties;

    RebuttalService(RebuttalRepository rebuttals, OrganizationScopes scopes, OrganizationDirectory organizations, AccountRegister accounts,
                    ReviewTickets reviews, CurrentUsers users, AuditLog audit, GovMediaProperties properties) {
        this.rebuttals = rebuttals;
        this.scopes = scopes;
        this.organizations = organizations;
        this.accounts = accounts;
        this.reviews = reviews;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
    }

    Mono<PageResponse<RebuttalResponse>> list(RebuttalFilter filter, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(
                rebuttals.page(filter, scope, page, properties.timeZone()),
                rebuttals.count(filter, scope, properties.timeZone()), page));
    }

    Mono<RebuttalResponse> get(long id) {
        return scopes.current().flatMap(scope -> rebuttals.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("辟谣信息", "Rumour rebuttal")));
    }

    @Transactional
    public Mono<RebuttalResponse> create(RebuttalRequest request) {
        return checkIssuer(request).then(users.current())
                .flatMap(user -> rebuttals.insert(request, user.username()))
                .flatMap(id -> rebuttals.replaceComplaints(id, request.complaintIdsOrEmpty()).then(get(id)))
                .flatMap(created -> audit.record("CREATE", ENTITY, created.id(), null, created).thenReturn(created));
    }

    @Transactional
    public Mono<RebuttalResponse> update(long id, RebuttalRequest request) {
        if (request.version() == null) {
            return Mono.error(ApiProblemException.invalidField("version", "NotNull", "修改时须提供读取时的版本号",
                    "the version read is required to replace a rebuttal"));
        }
        return get(id).flatMap(current -> {
            if (!current.status().editable()) {
                return Mono.error(locked(current));
            }
            return checkIssuer(request)
                    .then(rebuttals.update(id, request))
                    .flatMap(rows -> rows == 0 ? Mono.error(stale()) : rebuttals.replaceComplaints(id, request.complaintIdsOrEmpty()))
                    .then(get(id))
                    .flatMap(after -> audit.record("UPDATE", ENTITY, id, current, after).thenReturn(after));
        });
    }

    /**
     * Opens a review ticket for the rebuttal on its account (Art 17, 23): at least IMPORTANT, raised to MAJOR by the
     * review module for sensitive topics. The caller becomes the ticket's author and submits it there.
     */
    @Transactional
    public Mono<RebuttalResponse> requestReview(long id, ReviewRequest request) {
        Classification classification = request.classification() == null ? Classification.IMPORTANT : request.classification();
        if (classification == Classification.GENERAL) {
            return Mono.error(ApiProblemException.rule("REBUTTAL_AT_LEAST_IMPORTANT", "Art 23",
                    "辟谣信息须至少按重要信息审核（分管领导签发），不能按一般信息审核（《办法》第十七、二十三条）",
                    "a rumour rebuttal is reviewed at least as IMPORTANT, signed by the deputy leader (Art 17, 23)"));
        }
        return get(id).flatMap(current -> {
            if (!current.status().editable()) {
                return Mono.error(locked(current));
            }
            if (current.version() != request.version()) {
                return Mono.error(stale());
            }
            return reviews.open(current.accountId(), current.title(), TicketBody.of(current), classification)
                    .flatMap(ticketId -> rebuttals.attachTicket(id, request.version(), ticketId))
                    .flatMap(rows -> rows == 0 ? Mono.error(stale()) : get(id))
                    .flatMap(after -> audit.record("REQUEST_REVIEW", ENTITY, id, current, after).thenReturn(after));
        });
    }

    /** The issuing organization must be in scope, and the account hosted by it (Art 7: who hosts, answers). */
    private Mono<Void> checkIssuer(RebuttalRequest request) {
        Mono<Long> organization = organizations.visible(request.organizationId()).map(o -> o.id())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists", "单位不存在或不在您的管辖范围内",
                        "no such organization in your scope")));
        return organization.flatMap(organizationId -> accounts.visible(request.accountId())
                .onErrorMap(e -> e instanceof ApiProblemException p && p.status() == HttpStatus.NOT_FOUND,
                        e -> ApiProblemException.invalidField("accountId", "Exists", "账号不存在或不在您的管辖范围内",
                                "no such account in your scope"))
                .flatMap(account -> account.hostOrganizationId() == organizationId ? Mono.<Void>empty()
                        : Mono.error(ApiProblemException.invalidField("accountId", "HostedByIssuer",
                        "辟谣须在发布单位自己主办的账号上发布", "the account must be hosted by the issuing organization"))))
                .then(checkComplaints(request.complaintIdsOrEmpty()));
    }

    private Mono<Void> checkComplaints(List<Long> ids) {
        return ids.isEmpty() ? Mono.empty() : rebuttals.existingComplaints(ids).flatMap(found -> found == ids.size() ? Mono.<Void>empty()
                : Mono.error(ApiProblemException.invalidField("complaintIds", "Exists", "所列留言、投诉编号有不存在的",
                "some of the listed complaints do not exist")));
    }

    private static ApiProblemException locked(RebuttalResponse current) {
        return current.status() == RebuttalStatus.PUBLISHED
                ? ApiProblemException.conflict("REBUTTAL_PUBLISHED", "Art 17", "辟谣已发布，不能修改或重复送审",
                "the rebuttal is published; it cannot be changed or sent to review again")
                : ApiProblemException.conflict("REBUTTAL_IN_REVIEW", "Art 17",
                "辟谣正在审核中：如需修改，请先撤回审核单（《办法》第十七条）",
                "the rebuttal is under review; withdraw its review ticket before changing it (Art 17)");
    }

    private static ApiProblemException stale() {
        return ApiProblemException.stale("辟谣信息已被他人修改", "the rebuttal was changed by someone else");
    }
}
