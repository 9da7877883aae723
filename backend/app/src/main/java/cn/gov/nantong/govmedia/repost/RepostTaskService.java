package cn.gov.nantong.govmedia.repost;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Required reposts (Art 21, rule 21.3): issued by a superior to accounts of its scope, completed by a matching publication. */
@Service
class RepostTaskService {

    private static final String ENTITY = "repost_task";

    private final RepostTaskRepository tasks;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final WorkingDayCalendar calendar;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    RepostTaskService(RepostTaskRepository tasks, OrganizationScopes scopes, OrganizationDirectory organizations,
                      WorkingDayCalendar calendar, CurrentUsers users, AuditLog audit, Clock clock) {
        this.tasks = tasks;
        this.scopes = scopes;
        this.organizations = organizations;
        this.calendar = calendar;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    Mono<RepostTaskDetail> create(RepostTaskRequest request) {
        if (request.deadline().isBefore(today())) {
            return Mono.error(ApiProblemException.invalidField("deadline", "FutureOrPresent", "截止日期不能早于今天",
                    "the deadline must not be before today"));
        }
        List<Long> ids = request.accountIds().stream().distinct().toList();
        return Mono.zip(users.current(), scopes.current()).flatMap(context -> organizations.own(context.getT1().organizationCode())
                .flatMap(issuer -> tasks.insert(request, issuer.id(), context.getT1().username()))
                .flatMap(id -> tasks.addTargets(id, ids, context.getT2()).flatMap(added -> added == ids.size() ? Mono.just(id)
                        : Mono.error(ApiProblemException.invalidField("accountIds", "InScope",
                                "目标账号须为本单位管辖范围内已开通的账号", "target accounts must be active accounts within your scope"))))
                .flatMap(id -> detail(id, context.getT2()))
                .flatMap(created -> audit.record("CREATE", ENTITY, created.task().id(), null, created).thenReturn(created)));
    }

    Mono<PageResponse<RepostTask>> list(RepostTaskFilter filter, PageRequest page) {
        LocalDate today = today();
        return scopes.current().flatMap(scope -> PageResponse.of(tasks.page(filter, scope, today, page),
                tasks.count(filter, scope, today), page));
    }

    Mono<RepostTaskDetail> get(long id) {
        return scopes.current().flatMap(scope -> detail(id, scope));
    }

    private Mono<RepostTaskDetail> detail(long id, OrganizationScope scope) {
        LocalDate today = today();
        return tasks.findInScope(id, scope, today)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("转发任务", "Repost task")))
                .flatMap(task -> tasks.targets(id, scope, today).collectList().map(targets -> new RepostTaskDetail(task, targets)));
    }

    /** Only an issuer (an organization of the caller's scope issued it) cancels an open task. */
    @Transactional
    Mono<RepostTaskDetail> cancel(long id, String reason) {
        return Mono.zip(users.current(), scopes.current()).flatMap(context -> detail(id, context.getT2())
                .flatMap(before -> tasks.issuedWithin(id, context.getT2()).flatMap(issued -> issued ? Mono.just(before)
                        : Mono.error(ApiProblemException.forbidden("NOT_ISSUER", "只有下发单位可以撤销转发任务",
                        "only the issuing organization may cancel the repost task"))))
                .flatMap(before -> tasks.cancel(id, context.getT1().username(), reason.trim())
                        .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.conflict("ALREADY_CANCELLED", "转发任务已撤销",
                                "the repost task is already cancelled")) : Mono.just(rows))
                        .then(detail(id, context.getT2()))
                        .flatMap(after -> audit.record("CANCEL", ENTITY, id, before, after).thenReturn(after))));
    }

    /** Targets still to repost whose deadline is within one working day (or passed), for the caller's scope. */
    Mono<RepostAttention> attention() {
        LocalDate today = today();
        return Mono.zip(scopes.current(), calendar.plus(today, 1)).flatMap(context -> tasks
                .attention(context.getT1(), today, context.getT2().date()).collectList()
                .map(items -> new RepostAttention(context.getT2().date(), context.getT2().note(),
                        items.stream().filter(i -> i.state() == RepostTargetState.PENDING).count(),
                        items.stream().filter(i -> i.state() == RepostTargetState.OVERDUE).count(),
                        items.stream().limit(50).toList())));
    }

    Mono<List<RepostCompletion>> completion(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return Mono.error(ApiProblemException.invalidField("from", "Range", "开始日期不能晚于结束日期",
                    "from must not be after to"));
        }
        return scopes.current().flatMap(scope -> tasks.completion(scope, today(), from, to).collectList());
    }
}
