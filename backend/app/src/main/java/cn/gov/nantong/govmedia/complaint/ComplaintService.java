package cn.gov.nantong.govmedia.complaint;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.audit.AuditTrailEntry;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.contentcheck.PersonalDataMasking;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/** Staff work on submissions (Art 24, 29): moderation, forwarding, reply, closing, reopening; every step audited. */
@Service
public class ComplaintService {

    public static final String ENTITY = "complaint";

    private final ComplaintRepository repository;
    private final OrganizationScopes scopes;
    private final ForwardTargets forwardTargets;
    private final WorkingDayCalendar calendar;
    private final ComplaintProperties properties;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    ComplaintService(ComplaintRepository repository, OrganizationScopes scopes, ForwardTargets forwardTargets,
                     WorkingDayCalendar calendar, ComplaintProperties properties, CurrentUsers users, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.scopes = scopes;
        this.forwardTargets = forwardTargets;
        this.calendar = calendar;
        this.properties = properties;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<PageResponse<ComplaintResponse>> list(ComplaintFilter filter, PageRequest page) {
        LocalDate today = today();
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(filter, scope, today, page), repository.count(filter, scope, today), page));
    }

    Mono<ComplaintResponse> get(long id) {
        return row(id).map(ComplaintRow::complaint);
    }

    Mono<List<AuditTrailEntry>> timeline(long id) {
        return row(id).flatMap(row -> audit.history(ENTITY, id).collectList());
    }

    /** Only the handling organization (the target's host or the department it was forwarded to); each read is audited. */
    @Transactional
    public Mono<ComplaintActions.ContactResponse> contact(long id) {
        return Mono.zip(users.current(), row(id)).flatMap(context -> {
            CurrentUser user = context.getT1();
            ComplaintRow row = context.getT2();
            boolean handling = user.organizationCode() != null && (user.organizationCode().equals(row.targetCode())
                    || user.organizationCode().equals(row.forwardedCode()));
            if (!handling) {
                return Mono.error(new AccessDeniedException("not the handling organization"));
            }
            return audit.record("READ_CONTACT", ENTITY, id, null, null)
                    .thenReturn(new ComplaintActions.ContactResponse(row.contactName(), row.contactPhone()));
        });
    }

    @Transactional
    public Mono<ComplaintResponse> moderate(long id, ComplaintActions.ModerationRequest request) {
        boolean hide = request.action() == ComplaintActions.ModerationRequest.Action.HIDE;
        if (hide && (request.reason() == null || request.reason().isBlank())) {
            return Mono.error(ApiProblemException.invalidField("reason", "NotBlank", "隐藏须说明理由", "hiding needs a reason"));
        }
        String reason = hide ? PlainText.text("reason", request.reason()) : null;
        return hostStep(id, request.version(), EnumSet.allOf(ComplaintStatus.class), hide ? "HIDE" : "PUBLISH", reason,
                "moderation = :moderation, moderation_reason = :reason",
                Map.of("moderation", Parameter.from(hide ? "HIDDEN" : "PUBLISHED"), "reason", Parameter.fromOrEmpty(reason, String.class)));
    }

    @Transactional
    public Mono<ComplaintResponse> forward(long id, ComplaintActions.ForwardRequest request) {
        String note = request.note() == null || request.note().isBlank() ? null : PlainText.text("note", request.note());
        return forwardTargets(id)
                .filter(targets -> targets.stream().anyMatch(target -> target.id() == request.organizationId()))
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "ForwardTarget",
                        "只能转送本级政府的业务部门（见可转送部门列表）", "only a department of the same government may receive it")))
                .flatMap(department -> calendar.plus(today(), request.dueInWorkingDays()))
                .flatMap(due -> hostStep(id, request.version(), EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.FORWARDED), "FORWARD",
                        note, "status = 'FORWARDED', forwarded_to_organization_id = :department, forward_note = :note, due_on = :due",
                        Map.of("department", Parameter.from(request.organizationId()), "note", Parameter.fromOrEmpty(note, String.class),
                                "due", Parameter.from(due.date()))));
    }

    /** The host's OPERATOR, or a HANDLER of the department it was forwarded to; the reply is public, so it is masked. */
    @Transactional
    public Mono<ComplaintResponse> reply(long id, ComplaintActions.ReplyRequest request) {
        return Mono.zip(users.current(), row(id)).flatMap(context -> {
            CurrentUser user = context.getT1();
            ComplaintRow row = context.getT2();
            boolean allowed = (user.has(Role.OPERATOR) && row.hostSide()) || (user.has(Role.HANDLER) && row.handlerSide());
            if (!allowed) {
                return Mono.error(new AccessDeniedException("neither host operator nor forwarded handler"));
            }
            String reply = mask(PlainText.text("reply", request.reply()), row.contactName());
            return apply(row, request.version(), EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.FORWARDED), "REPLY", null,
                    "status = 'ANSWERED', reply = :reply, replied_by = :by, replied_at = now()",
                    Map.of("reply", Parameter.from(reply), "by", Parameter.from(user.username())));
        });
    }

    @Transactional
    public Mono<ComplaintResponse> close(long id, ComplaintActions.StepRequest request) {
        String reason = request.reason() == null || request.reason().isBlank() ? null : PlainText.text("reason", request.reason());
        return hostStep(id, request.version(), EnumSet.of(ComplaintStatus.ANSWERED), "CLOSE", reason,
                "status = 'CLOSED', closed_at = now()", Map.of());
    }

    /** Back to RECEIVED with a fresh reply deadline; the earlier public reply stays until a new one replaces it. */
    @Transactional
    public Mono<ComplaintResponse> reopen(long id, ComplaintActions.StepRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            return Mono.error(ApiProblemException.invalidField("reason", "NotBlank", "重新办理须说明理由", "reopening needs a reason"));
        }
        String reason = PlainText.text("reason", request.reason());
        return calendar.plus(today(), properties.replyWorkingDays()).flatMap(due -> hostStep(id, request.version(),
                EnumSet.of(ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED), "REOPEN", reason,
                "status = 'RECEIVED', closed_at = null, forwarded_to_organization_id = null, due_on = :due",
                Map.of("due", Parameter.from(due.date()))));
    }

    /** A step only the host organization's OPERATOR may take. */
    Mono<ComplaintResponse> hostStep(long id, long version, Set<ComplaintStatus> from, String action, @Nullable String reason,
                                     String set, Map<String, Parameter> values) {
        return asHostOperator(id).flatMap(context -> apply(context.getT2(), version, from, action, reason, set, values));
    }

    /** The caller and the submission, when the caller is an OPERATOR of its host organization (403 otherwise). */
    public Mono<Tuple2<CurrentUser, ComplaintRow>> asHostOperator(long id) {
        return Mono.zip(users.current(), row(id)).flatMap(context -> context.getT1().has(Role.OPERATOR) && context.getT2().hostSide()
                ? Mono.just(context) : Mono.error(new AccessDeniedException("host operator only")));
    }

    private Mono<ComplaintResponse> apply(ComplaintRow row, long version, Set<ComplaintStatus> from, String action,
                                          @Nullable String reason, String set, Map<String, Parameter> values) {
        ComplaintResponse before = row.complaint();
        if (before.version() != version) {
            return Mono.error(stale());
        }
        if (!from.contains(before.status())) {
            return Mono.error(ApiProblemException.conflict("COMPLAINT_STATE", "Art 24",
                    "当前状态（" + before.status() + "）不能执行此操作", "the submission is " + before.status() + "; " + action
                            + " does not apply"));
        }
        return repository.update(before.id(), version, set, values)
                .flatMap(rows -> rows == 0 ? Mono.error(stale()) : Mono.just(rows))
                .then(get(before.id()))
                .flatMap(after -> audit.record(action, ENTITY, before.id(), AuditSnapshot.of(before, null), AuditSnapshot.of(after, reason))
                        .thenReturn(after));
    }

    /** The departments this submission may be forwarded to; 404 outside the caller's subtree. */
    Mono<List<ForwardTargets.Target>> forwardTargets(long id) {
        return row(id).flatMap(row -> forwardTargets.of(row.complaint().targetOrganizationId()));
    }

    public Mono<ComplaintRow> row(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope, today()))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("公众提交", "Submission")));
    }

    /** Personal data in public text is masked: ID, card, mobile and e-mail patterns, and the submitter's own name. */
    public static String mask(String text, @Nullable String contactName) {
        String masked = PersonalDataMasking.mask(text);
        if (contactName != null && contactName.strip().length() >= 2) {
            String name = contactName.strip();
            masked = masked.replace(name, name.charAt(0) + "*".repeat(name.length() - 1));
        }
        return masked;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static ApiProblemException stale() {
        return ApiProblemException.stale("该件已被他人处理或修改", "the submission moved on (handled or changed by someone else)");
    }
}
