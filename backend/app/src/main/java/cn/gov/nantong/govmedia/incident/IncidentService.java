package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.duty.DutyRoster;
import cn.gov.nantong.govmedia.incident.grade.GradeRuleRepository;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** The incident register (Art 23, 29.3–29.5, 30): recording, reading within scope, and what is overdue now. */
@Service
class IncidentService {

    static final String ENTITY = "incident";
    private static final int ATTENTION_LIMIT = 50;

    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final GradeRuleRepository grades;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final AccountRegister accounts;
    private final DutyRoster duty;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final GovMediaProperties properties;
    private final Clock clock;

    IncidentService(IncidentRepository incidents, TimelineRepository timeline, GradeRuleRepository grades, OrganizationScopes scopes,
                    OrganizationDirectory organizations, AccountRegister accounts, DutyRoster duty, CurrentUsers users, AuditLog audit,
                    GovMediaProperties properties, Clock clock) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.grades = grades;
        this.scopes = scopes;
        this.organizations = organizations;
        this.accounts = accounts;
        this.duty = duty;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<PageResponse<Incident>> list(IncidentRepository.Filter filter, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(incidents.page(filter, scope, page), incidents.count(filter, scope), page));
    }

    Mono<IncidentAttention> attention() {
        OffsetDateTime yearStart = LocalDate.now(clock.withZone(properties.timeZone())).withDayOfYear(1)
                .atStartOfDay(properties.timeZone()).toOffsetDateTime();
        return scopes.current().flatMap(scope -> Mono.zip(incidents.openByGrade(scope), incidents.securityVetoes(scope, yearStart),
                incidents.overdue(scope, ATTENTION_LIMIT).collectList())
                .map(all -> new IncidentAttention(all.getT1(), all.getT2(), all.getT3())));
    }

    Mono<Incident> get(long id) {
        return scopes.current().flatMap(scope -> incidents.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("事件", "Incident")));
    }

    Mono<IncidentDetail> detail(long id) {
        return get(id).flatMap(incident -> Mono.zip(timeline.events(id).collectList(), timeline.tickets(id).collectList(),
                        timeline.accountability(id).collectList())
                .map(parts -> new IncidentDetail(incident, parts.getT1(), parts.getT2(), parts.getT3())));
    }

    /** Records the incident, its DISCOVERED step and the person on duty at the host who is told of it. */
    @Transactional
    public Mono<IncidentDetail> record(IncidentRequest request) {
        if (request.discoveredAt().isAfter(OffsetDateTime.now(clock).plusMinutes(5))) {
            return Mono.error(ApiProblemException.invalidField("discoveredAt", "PastOrPresent", "发现时间不能晚于当前时间",
                    "discoveredAt must not be in the future"));
        }
        return organizations.visible(request.hostOrganizationId())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("hostOrganizationId", "Exists",
                        "单位不存在或不在您的管辖范围内", "the organization does not exist or is outside your scope")))
                .then(checkAccount(request))
                .then(Mono.zip(users.current().map(CurrentUser::username), grades.find(request.grade()),
                        duty.personOnDuty(request.hostOrganizationId(), OffsetDateTime.now(clock)).map(Optional::of)
                                .defaultIfEmpty(Optional.empty())))
                .flatMap(t -> incidents.insert(request, t.getT2(), t.getT3().orElse(null), t.getT1())
                        .flatMap(id -> timeline.event(id, IncidentEventKind.DISCOVERED, t.getT1(), discovered(request), t.getT3().orElse(null), null,
                                        request.discoveredAt())
                                .then(detail(id))))
                .flatMap(created -> audit.record("CREATE", ENTITY, created.incident().id(), null, created.incident()).thenReturn(created));
    }

    private Mono<Void> checkAccount(IncidentRequest request) {
        if (request.accountId() == null) {
            return Mono.empty();
        }
        return accounts.byId(request.accountId())
                .filter(account -> account.hostOrganizationId() == request.hostOrganizationId())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("accountId", "Exists", "该账号不属于所选单位",
                        "the account does not belong to the organization")))
                .then();
    }

    private static IncidentEventRequest discovered(IncidentRequest request) {
        return new IncidentEventRequest(IncidentEventKind.DISCOVERED, request.title(), request.grade(), null, null, null, null, null,
                null, 0L);
    }

}
