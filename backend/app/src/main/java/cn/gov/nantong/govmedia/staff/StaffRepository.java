package cn.gov.nantong.govmedia.staff;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class StaffRepository {

    static final Map<String, String> SORTABLE = Map.of("name", "s.name", "trainedOn", "s.trained_on", "status", "s.status");
    static final String DEFAULT_ORDER = "s.id";

    private static final String SELECT = """
            select s.*, o.name as organization_name
              from staff s join organizations o on o.id = s.organization_id
            """;
    private static final String TASKS = """
            select t.*, a.name as account_name, s.name as staff_name
              from credential_rotation_tasks t
              join accounts a on a.id = t.account_id
              join staff s on s.id = t.staff_id
              join organizations o on o.id = a.host_organization_id
            """;

    private final DatabaseClient db;

    StaffRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<StaffResponse> page(@Nullable Long organizationId, @Nullable StaffStatus status, OrganizationScope scope, PageRequest page) {
        return db.sql(SELECT + where() + " order by " + page.orderBy() + " limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("organizationId", Parameter.fromOrEmpty(organizationId, Long.class))
                .bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(STAFF_ROWS).all();
    }

    Mono<Long> count(@Nullable Long organizationId, @Nullable StaffStatus status, OrganizationScope scope) {
        return db.sql("select count(*) as total from staff s join organizations o on o.id = s.organization_id" + where())
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("organizationId", Parameter.fromOrEmpty(organizationId, Long.class))
                .bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .map(row -> row.get("total", Long.class)).one();
    }

    private static String where() {
        return " where " + OrganizationScope.condition("o.path")
                + " and (cast(:organizationId as bigint) is null or s.organization_id = :organizationId)"
                + " and (cast(:status as text) is null or s.status = :status)";
    }

    Mono<StaffResponse> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where s.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(STAFF_ROWS).one();
    }

    Mono<Long> insert(long organizationId, StaffRequest request) {
        return db.sql("""
                        insert into staff (organization_id, name, position, phone, trained_on)
                        values (:organizationId, :name, :position, :phone, :trainedOn) returning id""")
                .bind("organizationId", organizationId).bind("name", request.name().trim())
                .bind("position", Parameter.fromOrEmpty(request.position(), String.class))
                .bind("phone", Parameter.fromOrEmpty(request.phone(), String.class))
                .bind("trainedOn", Parameter.fromOrEmpty(request.trainedOn(), LocalDate.class))
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> update(long id, StaffUpdateRequest request) {
        return db.sql("""
                        update staff set name = coalesce(:name, name), position = coalesce(:position, position),
                               phone = coalesce(:phone, phone), trained_on = coalesce(:trainedOn, trained_on),
                               updated_at = now(), version = version + 1
                         where id = :id""")
                .bind("id", id)
                .bind("name", Parameter.fromOrEmpty(request.name() == null ? null : request.name().trim(), String.class))
                .bind("position", Parameter.fromOrEmpty(request.position(), String.class))
                .bind("phone", Parameter.fromOrEmpty(request.phone(), String.class))
                .bind("trainedOn", Parameter.fromOrEmpty(request.trainedOn(), LocalDate.class))
                .fetch().rowsUpdated();
    }

    Mono<Long> markDeparted(long id, LocalDate departedOn) {
        return db.sql("""
                        update staff set status = 'DEPARTED', departed_on = :departedOn, updated_at = now(), version = version + 1
                         where id = :id and status = 'ACTIVE'""")
                .bind("id", id).bind("departedOn", departedOn).fetch().rowsUpdated();
    }

    /** Opens a rotation task on every account the person held, and ends their custody, in one statement each. */
    Flux<Long> openRotationTasks(long staffId, String reason) {
        return db.sql("""
                        insert into credential_rotation_tasks (account_id, staff_id, reason)
                        select account_id, staff_id, :reason from credential_holders where staff_id = :staffId
                        returning id""")
                .bind("staffId", staffId).bind("reason", reason)
                .map(row -> row.get("id", Long.class)).all();
    }

    Mono<Long> releaseCustody(long staffId) {
        return db.sql("delete from credential_holders where staff_id = :staffId").bind("staffId", staffId).fetch().rowsUpdated();
    }

    Flux<StaffResponse> holders(long accountId) {
        return db.sql(SELECT + " join credential_holders h on h.staff_id = s.id where h.account_id = :accountId order by s.id")
                .bind("accountId", accountId).map(STAFF_ROWS).all();
    }

    Mono<Void> replaceHolders(long accountId, Long[] staffIds) {
        return db.sql("delete from credential_holders where account_id = :accountId").bind("accountId", accountId).then()
                .then(db.sql("""
                                insert into credential_holders (account_id, staff_id)
                                select :accountId, unnest(cast(:staffIds as bigint[]))""")
                        .bind("accountId", accountId).bind("staffIds", staffIds).then());
    }

    Flux<RotationTaskResponse> tasks(@Nullable RotationTaskStatus status, OrganizationScope scope, PageRequest page) {
        return db.sql(TASKS + " where " + OrganizationScope.condition("o.path")
                        + " and (cast(:status as text) is null or t.status = :status) order by t.id desc limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(TASK_ROWS).all();
    }

    Mono<Long> countTasks(@Nullable RotationTaskStatus status, OrganizationScope scope) {
        return db.sql("select count(*) as total from credential_rotation_tasks t join accounts a on a.id = t.account_id"
                        + " join organizations o on o.id = a.host_organization_id where " + OrganizationScope.condition("o.path")
                        + " and (cast(:status as text) is null or t.status = :status)")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<RotationTaskResponse> taskInScope(long id, OrganizationScope scope) {
        return db.sql(TASKS + " where t.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(TASK_ROWS).one();
    }

    Mono<Long> closeTask(long id, String closedBy, String note) {
        return db.sql("""
                        update credential_rotation_tasks set status = 'CLOSED', closed_by = :closedBy, closed_at = now(), note = :note
                         where id = :id and status = 'OPEN'""")
                .bind("id", id).bind("closedBy", closedBy).bind("note", note).fetch().rowsUpdated();
    }

    private static final RecordRows<StaffResponse> STAFF_ROWS = RecordRows.of(StaffResponse.class);

    private static final RecordRows<RotationTaskResponse> TASK_ROWS = RecordRows.of(RotationTaskResponse.class);
}
