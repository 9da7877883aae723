package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.account.AccountStatus;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.common.web.FieldViolation;
import cn.gov.nantong.govmedia.contentcheck.ContentCheckRequest;
import cn.gov.nantong.govmedia.contentcheck.ContentCheckResult;
import cn.gov.nantong.govmedia.contentcheck.ContentChecks;
import cn.gov.nantong.govmedia.contentcheck.Finding;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** The review workflow of Art 17-21: draft, automatic checks, graded sign-off, publication. */
@Service
class TicketService {

    private static final String ENTITY = "review_ticket";

    private final TicketRepository tickets;
    private final AccountRegister accounts;
    private final OrganizationScopes scopes;
    private final ContentChecks checks;
    private final CurrentUsers users;
    private final AuditLog audit;

    TicketService(TicketRepository tickets, AccountRegister accounts, OrganizationScopes scopes, ContentChecks checks,
                  CurrentUsers users, AuditLog audit) {
        this.tickets = tickets;
        this.accounts = accounts;
        this.scopes = scopes;
        this.checks = checks;
        this.users = users;
        this.audit = audit;
    }

    Mono<PageResponse<TicketResponse>> list(TicketFilter filter, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(tickets.page(filter, scope, page), tickets.count(filter, scope), page));
    }

    Mono<TicketResponse> get(long id) {
        return row(id).map(TicketRepository.Row::ticket);
    }

    Mono<List<TicketVersion>> versions(long id) {
        return row(id).flatMap(row -> tickets.versions(id).collectList());
    }

    @Transactional
    public Mono<TicketResponse> create(TicketRequest draft) {
        TicketRequest request = draft.normalized();
        RepostRules.check(request.origin() == ContentCheckRequest.Origin.REPOST, request.title(), request.sourceUrl(),
                request.sourceTitle());
        return Mono.zip(users.current(), accounts.visible(request.accountId())).flatMap(context -> {
            if (context.getT2().status() != AccountStatus.ACTIVE) {
                return Mono.error(ApiProblemException.conflict("ACCOUNT_NOT_ACTIVE", "只能为已开通的账号撰写内容",
                        "content can only be written for an active account"));
            }
            return checks.check(new ContentCheckRequest(request.title(), request.body(), request.origin(), request.sourceName(),
                            request.sourceUrl()))
                    .map(result -> result.sensitiveTopic() ? Classification.MAJOR : request.classification())
                    .flatMap(classification -> tickets.insert(request, context.getT2().hostOrganizationId(), classification,
                            context.getT1().username()))
                    .flatMap(id -> tickets.saveVersion(id, 1, request.title().trim(), request.body(), context.getT1().username())
                            .then(get(id)))
                    .flatMap(created -> audit.record("CREATE", ENTITY, created.id(), null, created).thenReturn(created));
        });
    }

    @Transactional
    public Mono<TicketResponse> update(long id, TicketUpdateRequest request) {
        return Mono.zip(users.current(), row(id)).flatMap(context -> {
            TicketResponse current = context.getT2().ticket();
            authorOnly(context.getT1(), current);
            String title = request.title() == null ? current.title() : request.title().trim();
            String body = request.body() == null ? current.body() : current.bodyFormat().normalize(request.body());
            String source = request.sourceName() == null ? current.sourceName() : request.sourceName();
            Classification wanted = request.classification() == null ? current.classification() : request.classification();
            String sourceUrl = request.sourceUrl() == null ? current.sourceUrl() : blankToNull(request.sourceUrl());
            String sourceTitle = request.sourceTitle() == null ? current.sourceTitle() : blankToNull(request.sourceTitle());
            RepostRules.check("REPOST".equals(current.origin()), title, sourceUrl, sourceTitle);
            return checks.check(new ContentCheckRequest(title, body, ContentCheckRequest.Origin.valueOf(current.origin()), source,
                            sourceUrl))
                    .flatMap(result -> {
                        if (result.sensitiveTopic() && wanted != Classification.MAJOR) {
                            return Mono.error(ApiProblemException.rule("SENSITIVE_CONTENT_IS_MAJOR", "Art 17",
                                    "涉及重大敏感事项的内容须按重大敏感信息审核，不能降低分级（《办法》第十七条）",
                                    "content on a sensitive topic must be reviewed as MAJOR; it cannot be lowered (Art 17)"));
                        }
                        boolean changed = !title.equals(current.title()) || !body.equals(current.body());
                        int contentVersion = changed ? current.contentVersion() + 1 : current.contentVersion();
                        return tickets.updateContent(id, request.version(), title, body, source, sourceUrl, sourceTitle, wanted,
                                        contentVersion)
                                .flatMap(rows -> rows == 0 ? Mono.error(stale()) : Mono.just(rows))
                                .then(changed ? tickets.saveVersion(id, contentVersion, title, body, context.getT1().username())
                                        : Mono.empty());
                    })
                    .then(get(id))
                    .flatMap(after -> audit.record("UPDATE", ENTITY, id, current, after).thenReturn(after));
        });
    }

    /** Submitting runs the checks: blockers stop it, warnings need an acknowledgement that is audited (Art 19-21). */
    @Transactional
    public Mono<TicketResponse> submit(long id, SubmitRequest request) {
        return Mono.zip(users.current(), row(id)).flatMap(context -> {
            TicketResponse ticket = context.getT2().ticket();
            authorOnly(context.getT1(), ticket);
            RepostRules.check("REPOST".equals(ticket.origin()), ticket.title(), ticket.sourceUrl(), ticket.sourceTitle());
            return checks.check(new ContentCheckRequest(ticket.title(), ticket.body(), ContentCheckRequest.Origin.valueOf(ticket.origin()),
                    ticket.sourceName(), ticket.sourceUrl())).flatMap(result -> {
                if (result.blockers() > 0) {
                    return Mono.error(ApiProblemException.unprocessable("CONTENT_BLOCKED", "内容检查未通过", "Content check failed",
                            "自动检查发现 " + result.blockers() + " 个必须修改的问题，不能提交",
                            result.blockers() + " blocking finding(s); the ticket cannot be submitted", "Art 19",
                            violations(result, Finding.Severity.BLOCKER)));
                }
                if (result.warnings() > 0 && !Boolean.TRUE.equals(request.acknowledgeWarnings())) {
                    return Mono.error(ApiProblemException.unprocessable("WARNINGS_NOT_ACKNOWLEDGED", "请确认检查提示",
                            "Warnings need an acknowledgement", "自动检查有 " + result.warnings() + " 个提示，请确认后再提交",
                            result.warnings() + " warning(s) need an acknowledgement", "Art 19",
                            violations(result, Finding.Severity.WARNING)));
                }
                Mono<Void> acknowledged = (result.warnings() > 0
                        ? audit.record("ACKNOWLEDGE_WARNINGS", ENTITY, id, null, result.findings()) : Mono.<Void>empty())
                        .then(tickets.recordCheck(id, result.findings(), result.warnings() > 0 ? context.getT1().username() : null));
                return tickets.move(id, request.version(), Set.of(TicketStatus.DRAFT, TicketStatus.RETURNED), TicketStatus.IN_REVIEW, 1)
                        .flatMap(rows -> rows == 0 ? Mono.error(stale()) : Mono.just(rows))
                        .then(acknowledged)
                        .then(tickets.requireConfidentialityReview(id, result.possibleSecret()))
                        .then(get(id))
                        .flatMap(after -> audit.record("SUBMIT", ENTITY, id, ticket, after).thenReturn(after));
            });
        });
    }

    /**
     * A decision on the current step by whom {@link SignOffRule} allows; never the author, never someone who decided an
     * earlier step (Art 17). A decision on a step that moved on is a 409.
     */
    @Transactional
    public Mono<TicketResponse> decide(long id, TicketActionRequest request) {
        return Mono.zip(users.current(), row(id)).flatMap(context -> {
            CurrentUser user = context.getT1();
            TicketRepository.Row row = context.getT2();
            TicketResponse ticket = row.ticket();
            if (ticket.status() != TicketStatus.IN_REVIEW || ticket.version() != request.version()) {
                return Mono.error(stale());
            }
            Role acting = SignOffRule.acting(user, row).orElse(null);
            if (acting == null) {
                return Mono.error(SignOffRule.refusal(ticket));
            }
            if (user.username().equals(ticket.author()) || ticket.decisions().stream().anyMatch(d -> d.decidedBy().equals(user.username()))) {
                return Mono.error(ApiProblemException.rule("SEPARATION_OF_DUTIES", "Art 17",
                        "撰稿人或已审核过的人员不能再审核本稿（《办法》第十七条）",
                        "the author, or someone who decided an earlier step, may not decide this one (Art 17)"));
            }
            if (request.decision() != TicketActionRequest.Decision.APPROVE && (request.comment() == null || request.comment().isBlank())) {
                return Mono.error(ApiProblemException.invalidField("comment", "NotBlank", "退回或不予发布须写明意见",
                        "a return or rejection needs a comment"));
            }
            if (request.decision() == TicketActionRequest.Decision.APPROVE && ticket.confidentiality().missing()) {
                return Mono.error(ConfidentialityReview.missing());
            }
            boolean last = ticket.currentStep() == ticket.classification().chain().size();
            TicketStatus to = switch (request.decision()) {
                case APPROVE -> last ? TicketStatus.APPROVED : TicketStatus.IN_REVIEW;
                case RETURN -> TicketStatus.RETURNED;
                case REJECT -> TicketStatus.REJECTED;
            };
            int nextStep = to == TicketStatus.IN_REVIEW ? ticket.currentStep() + 1 : 0;
            return tickets.move(id, request.version(), Set.of(TicketStatus.IN_REVIEW), to, nextStep)
                    .flatMap(rows -> rows == 0 ? Mono.error(stale()) : Mono.just(rows))
                    .then(tickets.decide(id, ticket.currentStep(), acting.name(), request.decision().name(), user.username(),
                            request.comment()))
                    .then(get(id))
                    .flatMap(after -> audit.record(request.decision().name(), ENTITY, id, ticket, after).thenReturn(after));
        });
    }

    @Transactional
    public Mono<TicketResponse> publish(long id, PublishRequest request) {
        return Mono.zip(users.current(), row(id)).flatMap(context -> {
            TicketResponse ticket = context.getT2().ticket();
            if (ticket.status() != TicketStatus.APPROVED) {
                return Mono.error(ApiProblemException.rule("NOT_APPROVED", "Art 17", "未经审核签发的内容不得发布（《办法》第十七条）",
                        "only approved content may be published (Art 17)"));
            }
            return tickets.published(id, ticket.version(), request.url().trim(), request.publishedAt())
                    .flatMap(rows -> rows == 0 ? Mono.error(stale()) : Mono.just(rows))
                    .then(tickets.recordPublication(ticket, request.url().trim(), request.publishedAt(), context.getT1().username()))
                    .flatMap(recorded -> recorded ? get(id) : Mono.error(ApiProblemException.conflict("PUBLICATION_URL_TAKEN",
                            "该账号已有另一审核单以此网址登记发布，请核对发布网址（同一网址不能记作两次发布）",
                            "another ticket of this account was published at this URL; check the address (one URL is one publication)")))
                    .flatMap(after -> audit.record("PUBLISH", ENTITY, id, ticket, after).thenReturn(after));
        });
    }

    @Transactional
    public Mono<TicketResponse> withdraw(long id, long version) {
        return Mono.zip(users.current(), row(id)).flatMap(context -> {
            TicketResponse ticket = context.getT2().ticket();
            authorOnly(context.getT1(), ticket);
            return tickets.move(id, version, Set.of(TicketStatus.DRAFT, TicketStatus.SUBMITTED, TicketStatus.IN_REVIEW,
                            TicketStatus.RETURNED), TicketStatus.WITHDRAWN, 0)
                    .flatMap(rows -> rows == 0 ? Mono.error(stale()) : Mono.just(rows))
                    .then(get(id))
                    .flatMap(after -> audit.record("WITHDRAW", ENTITY, id, ticket, after).thenReturn(after));
        });
    }

    Mono<TicketRepository.Row> row(long id) {
        return scopes.current().flatMap(scope -> tickets.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("审核单", "Review ticket")));
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }

    private static void authorOnly(CurrentUser user, TicketResponse ticket) {
        if (!user.username().equals(ticket.author())) {
            throw ApiProblemException.rule("AUTHOR_ONLY", "Art 17", "只有撰稿人可以修改、提交或撤回本稿",
                    "only the author may edit, submit or withdraw the ticket");
        }
    }

    static ApiProblemException stale() {
        return ApiProblemException.stale("审核单已变化（已被他人处理或修改）", "the ticket moved on (decided or edited by someone else)");
    }

    private static List<FieldViolation> violations(ContentCheckResult result, Finding.Severity severity) {
        return result.findings().stream().filter(f -> f.severity() == severity)
                .map(f -> new FieldViolation(f.field().toLowerCase() + "[" + f.start() + "," + f.end() + "]", f.type().name(),
                        f.message() + (f.suggestion() == null ? "" : "；建议：" + f.suggestion()), f.type().name() + " " + f.article()))
                .toList();
    }
}
