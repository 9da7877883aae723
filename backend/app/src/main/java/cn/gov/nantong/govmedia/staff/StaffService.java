package cn.gov.nantong.govmedia.staff;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.organization.OrganizationSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Staff and credential custody (Art 26-27): only trained staff hold credentials; a departure forces rotation. */
@Service
class StaffService {

    private final StaffRepository repository;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final AccountRegister accounts;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    StaffService(StaffRepository repository, OrganizationScopes scopes, OrganizationDirectory organizations,
                 AccountRegister accounts, CurrentUsers users, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.scopes = scopes;
        this.organizations = organizations;
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<PageResponse<StaffResponse>> list(@Nullable Long organizationId, @Nullable StaffStatus status, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(organizationId, status, scope, page), repository.count(organizationId, status, scope), page));
    }

    Mono<StaffResponse> get(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("人员", "Staff member")));
    }

    @Transactional
    public Mono<StaffResponse> create(StaffRequest request) {
        Mono<OrganizationSummary> organization = users.current().flatMap(user -> request.organizationId() == null
                        ? organizations.own(user.organizationCode()) : organizations.visible(request.organizationId()))
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists",
                        "单位不存在或不在您的管辖范围内", "the organization does not exist or is outside your scope")));
        return organization.flatMap(org -> repository.insert(org.id(), request))
                .flatMap(this::get)
                .flatMap(created -> audit.record("CREATE", "staff", created.id(), null, created).thenReturn(created));
    }

    @Transactional
    public Mono<StaffResponse> update(long id, StaffUpdateRequest request) {
        return get(id).flatMap(before -> repository.update(id, request).then(get(id))
                .flatMap(after -> audit.record("UPDATE", "staff", id, before, after).thenReturn(after)));
    }

    @Transactional
    public Mono<StaffResponse> depart(long id, DepartureRequest request) {
        return get(id).flatMap(before -> repository.markDeparted(id, request.departedOn())
                .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.conflict("STAFF_ALREADY_DEPARTED",
                        "该人员已离岗", "the staff member has already left")) : Mono.just(rows))
                .thenMany(repository.openRotationTasks(id, before.name() + " 已于 " + request.departedOn()
                        + " 离岗，请更换其保管的账号密码（《办法》第二十七条）"))
                .collectList()
                .flatMap(tasks -> repository.releaseCustody(id).thenReturn(tasks))
                .flatMap(tasks -> get(id).flatMap(after -> audit.record("DEPART", "staff", id, before, after)
                        .then(Flux.fromIterable(tasks).concatMap(task -> audit.record("OPEN", "credential_rotation_task", task,
                                null, null)).then())
                        .thenReturn(after))));
    }

    Mono<List<StaffResponse>> holders(long accountId) {
        return accounts.visible(accountId).flatMap(account -> repository.holders(accountId).collectList());
    }

    @Transactional
    public Mono<List<StaffResponse>> replaceHolders(long accountId, CredentialHoldersRequest request) {
        LocalDate today = LocalDate.now(clock);
        return accounts.visible(accountId).flatMap(account -> Flux.range(0, request.staffIds().size())
                .concatMap(i -> scopes.current().flatMap(scope -> repository.findInScope(request.staffIds().get(i), scope))
                        .filter(staff -> staff.organizationId() == account.hostOrganizationId())
                        .switchIfEmpty(Mono.error(ApiProblemException.invalidField("staffIds[" + i + "]", "Exists",
                                "人员不存在或不属于该账号的主办单位", "no such staff member of the account's host organization")))
                        .flatMap(staff -> staff.status() == StaffStatus.ACTIVE && staff.trainedOn() != null && !staff.trainedOn().isAfter(today)
                                ? Mono.just(staff)
                                : Mono.error(ApiProblemException.rule("HOLDER_NOT_TRAINED", "Art 27",
                                staff.name() + " 未完成培训或已离岗，不得保管账号密码（《办法》第二十七条）",
                                staff.name() + " is untrained or has left and may not hold credentials (Art 27)"))))
                .then(repository.holders(accountId).collectList())
                .flatMap(before -> repository.replaceHolders(accountId, request.staffIds().stream().distinct().toArray(Long[]::new))
                        .then(repository.holders(accountId).collectList())
                        .flatMap(after -> audit.record("SET_CREDENTIAL_HOLDERS", "account", accountId,
                                before.stream().map(StaffResponse::id).toList(), after.stream().map(StaffResponse::id).toList())
                                .thenReturn(after))));
    }

    Mono<PageResponse<RotationTaskResponse>> tasks(@Nullable RotationTaskStatus status, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.tasks(status, scope, page), repository.countTasks(status, scope), page));
    }

    @Transactional
    public Mono<RotationTaskResponse> closeTask(long id, RotationClosureRequest request) {
        Mono<RotationTaskResponse> visible = scopes.current().flatMap(scope -> repository.taskInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("密码更换任务", "Rotation task")));
        return Mono.zip(visible, users.current().map(CurrentUser::username)).flatMap(context ->
                repository.closeTask(id, context.getT2(), request.note().trim())
                        .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.conflict("TASK_ALREADY_CLOSED",
                                "该任务已关闭", "the task is already closed")) : Mono.just(rows))
                        .then(scopes.current().flatMap(scope -> repository.taskInScope(id, scope)))
                        .flatMap(after -> audit.record("CLOSE", "credential_rotation_task", id, context.getT1(), after)
                                .thenReturn(after)));
    }
}
