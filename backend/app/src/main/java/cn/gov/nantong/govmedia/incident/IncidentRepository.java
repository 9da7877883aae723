package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.incident.grade.GradeRule;
import cn.gov.nantong.govmedia.incident.grade.IncidentGrade;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The incidents of a scope with their deadlines and alerts computed against now, and the writes of the timeline. */
@Repository
class IncidentRepository {

    record Filter(@Nullable IncidentStatus status, @Nullable IncidentKind kind, @Nullable IncidentGrade grade,
                  @Nullable Long organizationId, @Nullable String text, boolean overdueOnly) {
    }

    private static final RecordRows<Incident> INCIDENTS = RecordRows.of(Incident.class);

    /** A security incident (harmful content, compromise, leak) that was not unfounded vetoes the host's year (Art 32). */
    private static final String SECURITY_VETO = "(i.kind in ('HARMFUL_CONTENT', 'ACCOUNT_COMPROMISE', 'DATA_LEAK') and not i.unfounded)";
    /** The incidents of the scope, without the joins and alerts a listing needs: for counting. */
    private static final String IN_SCOPE = " from incidents i join organizations o on o.id = i.host_organization_id where "
            + OrganizationScope.condition("o.path");

    private static final String SELECT = """
            select * from (
            select i.*, o.name as host_organization_name, a.name as account_name, g.name as grade_name,
                   e.name as escalated_to_organization_name, t.last_published_at,
            """ + SECURITY_VETO + " as security_veto," + """
                   case when i.status <> 'CLOSED' and i.response_due_at is not null
                        then coalesce(t.last_published_at + g.update_every_minutes * interval '1 minute', i.response_due_at)
                   end as next_update_due_at,
                   array_remove(array[
                     case when i.status = 'OPEN' and now() > i.report_due_at then 'REPORT_OVERDUE' end,
                     case when i.status = 'ESCALATED' and i.acknowledged_at is null then 'AWAITING_ACKNOWLEDGEMENT' end,
                     case when i.status <> 'CLOSED' and i.taken_down_at is null and now() > i.takedown_due_at
                          then 'TAKEDOWN_OVERDUE' end,
                     case when i.status <> 'CLOSED' and t.last_published_at is null and now() > i.response_due_at
                          then 'RESPONSE_OVERDUE' end,
                     case when i.status <> 'CLOSED' and i.response_due_at is not null
                               and now() > t.last_published_at + g.update_every_minutes * interval '1 minute'
                          then 'UPDATE_OVERDUE' end], null) as alerts
              from incidents i
              join organizations o on o.id = i.host_organization_id
              join incident_grades g on g.grade = i.grade
              left join accounts a on a.id = i.account_id
              left join organizations e on e.id = i.escalated_to_organization_id
              left join lateral (select max(r.published_at) as last_published_at
                                   from incident_tickets it join review_tickets r on r.id = it.ticket_id
                                  where it.incident_id = i.id) t on true
             where\s""" + OrganizationScope.condition("o.path") + ") x";

    private final DatabaseClient db;

    IncidentRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Incident> page(Filter filter, OrganizationScope scope, PageRequest page) {
        WhereClause where = where(filter);
        return where.bind(db.sql(SELECT + where.sql() + " order by x.discovered_at desc, x.id desc limit :limit offset :offset"))
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", page.size()).bind("offset", page.offset())
                .map(INCIDENTS).all();
    }

    Mono<Long> count(Filter filter, OrganizationScope scope) {
        WhereClause where = where(filter);
        return where.bind(db.sql("select count(*) as total from (" + SELECT + where.sql() + ") c"))
                .bind(OrganizationScope.BIND_NAME, scope.path()).map(row -> row.get("total", Long.class)).one();
    }

    Mono<Incident> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where x.id = :id").bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(INCIDENTS).one();
    }

    Flux<Incident> overdue(OrganizationScope scope, int limit) {
        return db.sql(SELECT + " where cardinality(x.alerts) > 0 order by least(x.report_due_at, x.next_update_due_at, "
                        + "x.takedown_due_at), x.id limit :limit")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", limit).map(INCIDENTS).all();
    }

    Mono<Map<IncidentGrade, Long>> openByGrade(OrganizationScope scope) {
        return db.sql("select i.grade, count(*) as open" + IN_SCOPE + " and i.status <> 'CLOSED' group by i.grade")
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> Map.entry(IncidentGrade.valueOf(row.get("grade", String.class)), row.get("open", Long.class)))
                .all().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Mono<Long> securityVetoes(OrganizationScope scope, OffsetDateTime yearStart) {
        return db.sql("select count(*) as total" + IN_SCOPE + " and " + SECURITY_VETO + " and i.discovered_at >= :from")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("from", yearStart)
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<Long> insert(IncidentRequest request, GradeRule rule, @Nullable String dutyPerson, String by) {
        return db.sql("""
                        insert into incidents (host_organization_id, account_id, kind, grade, title, description, discovered_at,
                                               report_due_at, response_due_at, takedown_due_at, duty_person, created_by)
                        values (:host, :account, :kind, :grade, :title, :description, :discoveredAt, :reportDue, :responseDue,
                                :takedownDue, :dutyPerson, :by)
                        returning id""")
                .bind("host", request.hostOrganizationId())
                .bind("account", Parameter.fromOrEmpty(request.accountId(), Long.class))
                .bind("kind", request.kind().name()).bind("grade", request.grade().name())
                .bind("title", request.title().trim()).bind("description", request.description().trim())
                .bind("discoveredAt", request.discoveredAt()).bind("reportDue", rule.reportDue(request.discoveredAt()))
                .bind("responseDue", Parameter.fromOrEmpty(rule.responseDue(request.kind(), request.discoveredAt()), OffsetDateTime.class))
                .bind("takedownDue", Parameter.fromOrEmpty(rule.takedownDue(request.kind(), request.discoveredAt()), OffsetDateTime.class))
                .bind("dutyPerson", Parameter.fromOrEmpty(dutyPerson, String.class)).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    private static WhereClause where(Filter filter) {
        return WhereClause.where("true")
                .and("x.status = :status", "status", filter.status())
                .and("x.kind = :kind", "kind", filter.kind())
                .and("x.grade = :grade", "grade", filter.grade())
                .and("x.host_organization_id = :organizationId", "organizationId", filter.organizationId())
                .andContaining("x.title ilike :text", "text", filter.text())
                .and("cardinality(x.alerts) > 0", filter.overdueOnly());
    }
}
