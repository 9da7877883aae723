package cn.gov.nantong.govmedia.duty;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The duty roster (Art 29.2): shifts within the caller's subtree, who is on duty now, rest days nobody covers. */
@Service
class DutyService {

    static final int MAX_GAP_DAYS = 366;
    static final int MAX_EXPORT_ROWS = 10_000;
    private static final List<String> EXPORT_HEADERS = List.of("单位", "接班", "交班", "值班人员", "电话", "备班人员", "备班电话", "交接班记录");
    private static final String ENTITY = "duty_shift";

    private final DutyRepository repository;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final GovMediaProperties properties;
    private final Clock clock;

    DutyService(DutyRepository repository, OrganizationScopes scopes, OrganizationDirectory organizations, CurrentUsers users,
                AuditLog audit, GovMediaProperties properties, Clock clock) {
        this.repository = repository;
        this.scopes = scopes;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<PageResponse<DutyShift>> list(@Nullable Long organizationId, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to,
                                       PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(organizationId, from, to, scope, page),
                repository.count(organizationId, from, to, scope), page));
    }

    /** The roster as an .xlsx workbook, times in the city's zone: what the duty office prints and posts. */
    Mono<byte[]> export(@Nullable Long organizationId, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.timeZone());
        return scopes.current()
                .flatMap(scope -> repository.page(organizationId, from, to, scope, new PageRequest(1, MAX_EXPORT_ROWS, null)).collectList())
                .publishOn(Schedulers.boundedElastic())
                .map(shifts -> Workbooks.xlsx(List.of(new Workbooks.Sheet("值班表", EXPORT_HEADERS, shifts.stream()
                        .<List<?>>map(s -> Arrays.asList(s.organizationName(), time.format(s.startsAt()), time.format(s.endsAt()),
                                s.personOnDuty(), s.phone(), s.backupPerson(), s.backupPhone(), s.handoverNote()))
                        .toList()))));
    }

    Mono<List<DutyShift>> onDutyNow(@Nullable Long organizationId) {
        return scopes.current().flatMap(scope -> repository.runningAt(organizationId, OffsetDateTime.now(clock), scope).collectList());
    }

    Mono<List<DutyGap>> gaps(long organizationId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_GAP_DAYS) {
            return Mono.error(ApiProblemException.invalidField("to", "Range", "结束日期须不早于开始日期，且跨度不超过 366 天",
                    "to must not be before from, and the range at most 366 days"));
        }
        return organizations.visible(organizationId)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("单位", "Organization")))
                .then(repository.gaps(organizationId, from, to, properties.timeZone().getId()).collectList());
    }

    @Transactional
    public Mono<DutyShift> add(DutyShiftRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            return Mono.error(ApiProblemException.invalidField("endsAt", "After", "交班时间须晚于接班时间",
                    "endsAt must be after startsAt"));
        }
        if (request.endsAt().isAfter(request.startsAt().plusDays(7))) {
            return Mono.error(ApiProblemException.invalidField("endsAt", "Range", "一个班次不超过 7 天", "a shift lasts at most 7 days"));
        }
        return visible(request.organizationId())
                .then(users.current().map(CurrentUser::username))
                .flatMap(by -> repository.insert(request, by))
                .onErrorMap(DataIntegrityViolationException.class, overlap -> ApiProblemException.conflict("SHIFT_OVERLAP", "Art 29",
                        "与本单位已排班次的时间重叠", "the shift overlaps another shift of the organization"))
                .flatMap(this::get)
                .flatMap(shift -> audit.record("CREATE", ENTITY, shift.id(), null, shift).thenReturn(shift));
    }

    @Transactional
    public Mono<DutyShift> handover(long id, HandoverRequest request) {
        return get(id).flatMap(before -> repository.handover(id, request.note(), request.version())
                .flatMap(rows -> rows == 0 ? Mono.error(stale()) : get(id))
                .flatMap(after -> audit.record("HANDOVER", ENTITY, id, before, after).thenReturn(after)));
    }

    @Transactional
    public Mono<Void> remove(long id, long version) {
        return get(id).flatMap(before -> repository.delete(id, version)
                .flatMap(rows -> rows == 0 ? Mono.error(stale()) : audit.record("DELETE", ENTITY, id, before, null)));
    }

    Mono<DutyShift> get(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("值班班次", "Duty shift")));
    }

    private Mono<Void> visible(long organizationId) {
        return organizations.visible(organizationId)
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists",
                        "单位不存在或不在您的管辖范围内", "the organization does not exist or is outside your scope")))
                .then();
    }

    private static ApiProblemException stale() {
        return ApiProblemException.stale("班次已被他人修改", "the shift was changed by someone else");
    }
}
