package cn.gov.nantong.govmedia.repost;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Required reposts and their completion, read from the publication records in one statement: a record of the target account
 * published after the task was issued and by the end of the deadline (Beijing time), with the task's source URL or its title
 * (or the source's title), completes the target.
 */
@Repository
class RepostTaskRepository {

    static final Map<String, String> SORTABLE = Map.of("deadline", "t.deadline", "issuedAt", "t.issued_at", "title", "t.title");
    static final String DEFAULT_ORDER = "t.id desc";

    /** Every target with its state; callers add conditions (scope first) after it. */
    private static final String TARGETS = """
            select tt.task_id, tt.account_id, a.name as account_name, tt.host_organization_id, o.name as host_name,
                   t.title, t.deadline, p.published_at, p.url as published_url,
                   case when p.published_at is not null then 'DONE' when t.deadline < :today then 'OVERDUE' else 'PENDING' end as state
              from repost_task_targets tt
              join repost_tasks t on t.id = tt.task_id
              join accounts a on a.id = tt.account_id
              join organizations o on o.id = tt.host_organization_id
              left join lateral (
                    select p.published_at, p.url from publications p
                     where p.account_id = tt.account_id and p.published_at >= t.issued_at
                       and p.published_at < cast(t.deadline + 1 as timestamp) at time zone 'Asia/Shanghai'
                       and (p.url = t.source_url or p.title = t.title or p.title = t.source_title)
                     order by p.published_at limit 1) p on true
             where o.path <@ cast(:scopePath as ltree)""";

    private static final String TASKS = """
            select t.*, io.name as issuer_name, s.targets, s.done, s.pending, s.overdue
              from repost_tasks t
              join organizations io on io.id = t.issuer_organization_id
              cross join lateral (
                    select count(*) as targets, count(*) filter (where x.state = 'DONE') as done,
                           count(*) filter (where x.state = 'PENDING') as pending,
                           count(*) filter (where x.state = 'OVERDUE') as overdue
                      from (""" + TARGETS + " and tt.task_id = t.id) x) s";

    private static final RecordRows<RepostTask> TASK = RecordRows.of(RepostTask.class);
    private static final RecordRows<RepostTarget> TARGET = RecordRows.of(RepostTarget.class);

    private final DatabaseClient db;

    RepostTaskRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> insert(RepostTaskRequest request, long issuerId, String by) {
        return db.sql("""
                        insert into repost_tasks (issuer_organization_id, title, source_url, source_title, note, deadline, issued_by)
                        values (:issuer, :title, :url, :sourceTitle, :note, :deadline, :by) returning id""")
                .bind("issuer", issuerId).bind("title", request.title().trim()).bind("url", request.sourceUrl().trim())
                .bind("sourceTitle", Parameter.fromOrEmpty(blank(request.sourceTitle()), String.class))
                .bind("note", Parameter.fromOrEmpty(blank(request.note()), String.class))
                .bind("deadline", request.deadline()).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    /** Adds the targets that are live accounts in the scope; answers how many were added. */
    Mono<Long> addTargets(long taskId, List<Long> accountIds, OrganizationScope scope) {
        return db.sql("""
                        insert into repost_task_targets (task_id, account_id, host_organization_id)
                        select :task, a.id, a.host_organization_id from accounts a join organizations o on o.id = a.host_organization_id
                         where a.id = any(:ids) and a.status = 'ACTIVE' and o.path <@ cast(:scopePath as ltree)""")
                .bind("task", taskId).bind("ids", accountIds.toArray(Long[]::new)).bind(OrganizationScope.BIND_NAME, scope.path())
                .fetch().rowsUpdated();
    }

    Mono<RepostTask> findInScope(long id, OrganizationScope scope, LocalDate today) {
        return db.sql(TASKS + " where t.id = :id and s.targets > 0").bind("id", id).bind("today", today)
                .bind(OrganizationScope.BIND_NAME, scope.path()).map(TASK).one();
    }

    Flux<RepostTarget> targets(long id, OrganizationScope scope, LocalDate today) {
        return db.sql(TARGETS + " and tt.task_id = :id order by o.name, a.name").bind("id", id).bind("today", today)
                .bind(OrganizationScope.BIND_NAME, scope.path()).map(TARGET).all();
    }

    Flux<RepostTask> page(RepostTaskFilter filter, OrganizationScope scope, LocalDate today, PageRequest page) {
        WhereClause where = where(filter);
        return where.bind(db.sql("select * from (" + TASKS + ") t" + where.sql() + " order by " + page.orderBy()
                        + " limit :limit offset :offset"))
                .bind("today", today).bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("limit", page.size()).bind("offset", page.offset()).map(TASK).all();
    }

    Mono<Long> count(RepostTaskFilter filter, OrganizationScope scope, LocalDate today) {
        WhereClause where = where(filter);
        return where.bind(db.sql("select count(*) as total from (" + TASKS + ") t" + where.sql()))
                .bind("today", today).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("total", Long.class)).one();
    }

    private static WhereClause where(RepostTaskFilter filter) {
        return WhereClause.where("t.targets > 0")
                .and("t.status = :status", "status", filter.status())
                .and("(t.pending + t.overdue) > 0 and t.status = 'OPEN'", filter.outstanding())
                .and("exists (select 1 from repost_task_targets f where f.task_id = t.id and f.account_id = :accountId)", "accountId",
                        filter.accountId())
                .andContaining("t.title ilike :q", "q", filter.q());
    }

    /** Whether the task was issued by an organization of the scope (only its issuers may cancel it). */
    Mono<Boolean> issuedWithin(long id, OrganizationScope scope) {
        return db.sql("select exists (select 1 from repost_tasks t join organizations o on o.id = t.issuer_organization_id"
                        + " where t.id = :id and " + OrganizationScope.condition("o.path") + ") as issued")
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path()).map(row -> row.get("issued", Boolean.class)).one();
    }

    Mono<Long> cancel(long id, String by, String reason) {
        return db.sql("""
                        update repost_tasks set status = 'CANCELLED', cancelled_by = :by, cancelled_at = now(), cancel_reason = :reason
                         where id = :id and status = 'OPEN'""")
                .bind("id", id).bind("by", by).bind("reason", reason).fetch().rowsUpdated();
    }

    /** Targets of open tasks not yet reposted whose deadline is on or before {@code dueBy}, earliest first. */
    Flux<RepostAttention.Item> attention(OrganizationScope scope, LocalDate today, LocalDate dueBy) {
        return db.sql("select x.task_id, x.title, x.deadline, x.account_id, x.account_name, x.host_name, x.state from (" + TARGETS
                        + " and t.status = 'OPEN' and t.deadline <= :dueBy) x where x.state <> 'DONE'"
                        + " order by x.deadline, x.task_id, x.account_id limit 500")
                .bind("today", today).bind("dueBy", dueBy).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new RepostAttention.Item(row.get("task_id", Long.class), row.get("title", String.class),
                        row.get("deadline", LocalDate.class), row.get("account_id", Long.class), row.get("account_name", String.class),
                        row.get("host_name", String.class), RepostTargetState.valueOf(row.get("state", String.class))))
                .all();
    }

    /** Per host organization in scope: targets of open tasks with a deadline in the period, by state. */
    Flux<RepostCompletion> completion(OrganizationScope scope, LocalDate today, LocalDate from, LocalDate to) {
        return db.sql("select x.host_organization_id as organization_id, x.host_name as organization_name, count(*) as assigned,"
                        + " count(*) filter (where x.state = 'DONE') as done, count(*) filter (where x.state = 'PENDING') as pending,"
                        + " count(*) filter (where x.state = 'OVERDUE') as overdue,"
                        + " round(count(*) filter (where x.state = 'DONE')::numeric / count(*), 4)::float8 as rate from ("
                        + TARGETS + " and t.status = 'OPEN' and t.deadline between :from and :to) x"
                        + " group by x.host_organization_id, x.host_name order by rate, x.host_name")
                .bind("today", today).bind("from", from).bind("to", to).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(RecordRows.of(RepostCompletion.class)).all();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
