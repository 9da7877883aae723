package cn.gov.nantong.govmedia.incident;

import static cn.gov.nantong.govmedia.incident.IncidentService.ENTITY;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.duty.DutyRoster;
import cn.gov.nantong.govmedia.incident.accountability.AccountabilityRequest;
import cn.gov.nantong.govmedia.incident.grade.GradeRuleRepository;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** The steps of an incident's timeline (Art 23, 29.3–29.5, 33.2), each one transaction, checked against the incident's state. */
@Service
class TimelineService {

    /** What a step adds to its timeline entry: who was told, and whether it met its deadline. */
    private record Outcome(@Nullable String notifiedPerson, @Nullable Boolean onTime) {
        static final Outcome NONE = new Outcome(null, null);
    }

    private final IncidentService incidents;
    private final TimelineRepository timeline;
    private final GradeRuleRepository grades;
    private final OrganizationDirectory organizations;
    private final OrganizationScopes scopes;
    private final DutyRoster duty;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    TimelineService(IncidentService incidents, TimelineRepository timeline, GradeRuleRepository grades, OrganizationDirectory organizations,
                    OrganizationScopes scopes, DutyRoster duty, CurrentUsers users, AuditLog audit, Clock clock) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.grades = grades;
        this.organizations = organizations;
        this.scopes = scopes;
        this.duty = duty;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<IncidentDetail> post(long id, IncidentEventRequest request) {
        return TimelineRules.complete(request)
                .then(Mono.zip(incidents.get(id), users.current()))
                .flatMap(t -> {
                    Incident before = t.getT1();
                    if (before.status() == IncidentStatus.CLOSED) {
                        return Mono.error(ApiProblemException.conflict("INCIDENT_CLOSED", "事件已办结，不能再记录", "the incident is closed"));
                    }
                    if (before.version() != request.version()) {
                        return Mono.error(stale());
                    }
                    return step(before, request, t.getT2())
                            .flatMap(outcome -> timeline.event(id, request.kind(), t.getT2().username(), request,
                                    outcome.notifiedPerson(), outcome.onTime(), null))
                            .then(incidents.detail(id))
                            .flatMap(after -> audit.record(request.kind().name(), ENTITY, id, before, after.incident()).thenReturn(after));
                });
    }

    @Transactional
    public Mono<IncidentDetail> addAccountability(long id, AccountabilityRequest request) {
        return incidents.get(id)
                .flatMap(incident -> organizations.visible(request.organizationId())
                        .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists",
                                "单位不存在或不在您的管辖范围内", "the organization does not exist or is outside your scope")))
                        .then(users.current())
                        .flatMap(user -> timeline.addAccountability(id, request, user.username()))
                        .flatMap(recordId -> audit.record("ACCOUNTABILITY", ENTITY, id, null, request))
                        .then(incidents.detail(id)));
    }

    private Mono<Outcome> step(Incident before, IncidentEventRequest request, CurrentUser user) {
        long id = before.id();
        long version = request.version();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return switch (request.kind()) {
            case GRADED -> grades.find(request.grade()).flatMap(rule -> updated(timeline.regrade(id, version, rule,
                    rule.responseDue(before.kind(), before.discoveredAt()), rule.takedownDue(before.kind(), before.discoveredAt()),
                    rule.reportDue(before.discoveredAt())))).thenReturn(Outcome.NONE);
            case ESCALATED -> TimelineRules.canEscalate(before)
                    .then(organizations.byId(before.hostOrganizationId()))
                    .flatMap(host -> host.competentAuthorityId() == null
                            ? Mono.error(ApiProblemException.rule("NO_COMPETENT_AUTHORITY", "Art 29", "本单位没有主管单位，无法报告",
                                    "the organization has no competent authority to report to"))
                            : updated(timeline.escalate(id, version, host.competentAuthorityId()))
                                    .then(duty.personOnDuty(host.competentAuthorityId(), now).map(this::told)
                                            .defaultIfEmpty(Outcome.NONE))
                                    .map(told -> new Outcome(told.notifiedPerson(), !now.isAfter(before.reportDueAt()))));
            case ACKNOWLEDGED -> TimelineRules.canAcknowledge(before)
                    .then(organizations.own(user.organizationCode()))
                    .filter(own -> user.cityWide() || own.id() == before.escalatedToOrganizationId())
                    .switchIfEmpty(Mono.error(ApiProblemException.forbidden("NOT_THE_COMPETENT_AUTHORITY",
                            "只有报告到的主管单位可以签收", "only the competent authority it was reported to acknowledges it")))
                    .then(updated(timeline.acknowledge(id, version, user.username())))
                    .thenReturn(new Outcome(null, !now.isAfter(before.reportDueAt())));
            case TAKEN_DOWN -> TimelineRules.canTakeDown(before)
                    .then(updated(timeline.takeDown(id, version)))
                    .thenReturn(new Outcome(null, !now.isAfter(before.takedownDueAt())));
            case TICKET_LINKED -> scopes.current().flatMap(scope -> timeline.ticketVisible(request.ticketId(), scope))
                    .flatMap(visible -> visible ? timeline.link(id, request.ticketId())
                            : Mono.error(ApiProblemException.invalidField("ticketId", "Exists", "审核工单不存在或不在您的管辖范围内",
                                    "the review ticket does not exist or is outside your scope")))
                    .flatMap(linked -> linked ? updated(timeline.touch(id, version))
                            : Mono.error(ApiProblemException.conflict("TICKET_ALREADY_LINKED", "该稿件已关联", "the ticket is linked already")))
                    .thenReturn(Outcome.NONE);
            case CLOSED -> TimelineRules.canClose(before, request)
                    .then(updated(timeline.close(id, version, request.cause(), request.measuresTaken(), Boolean.TRUE.equals(request.unfounded()))))
                    .thenReturn(Outcome.NONE);
            case FORWARDED, PROGRESS -> updated(timeline.touch(id, version)).thenReturn(Outcome.NONE);
            case DISCOVERED -> Mono.error(new IllegalStateException("DISCOVERED is refused by TimelineRules"));
        };
    }

    private Outcome told(String person) {
        return new Outcome(person, null);
    }

    private static Mono<Void> updated(Mono<Long> rows) {
        return rows.flatMap(count -> count == 0 ? Mono.error(stale()) : Mono.empty());
    }

    private static ApiProblemException stale() {
        return ApiProblemException.stale("事件已被他人更新，请刷新后重试", "the incident was changed by someone else");
    }
}
