package cn.gov.nantong.govmedia.activity;

import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the activity metrics (see {@link ActivitySql}) for a scope, and stores the daily snapshots. */
@Repository
class ActivityRepository {

    private static final String FILTERS = OrganizationScope.condition("o.path")
            + " and (cast(:organizationId as bigint) is null or o.path <@ (select f.path from organizations f where f.id = :organizationId))"
            + " and (cast(:platform as text) is null or a.platform = :platform)";
    private static final String FLAG = " where (cast(:flag as text) is null or cast(:flag as text) = any(flags))";

    private final DatabaseClient db;
    private final String zone;

    ActivityRepository(DatabaseClient db, GovMediaProperties properties) {
        this.db = db;
        this.zone = properties.timeZone().getId();
    }

    Flux<ActivityMetrics> page(MetricsFilter filter, OrganizationScope scope, PageRequest page) {
        return bind(db.sql(ActivitySql.metrics(FILTERS) + "select * from metrics" + FLAG + " order by host_organization_id, id"
                        + " limit :limit offset :offset"), filter, scope)
                .bind("flag", flag(filter)).bind("limit", page.size()).bind("offset", page.offset())
                .map(ActivityMetrics::map).all();
    }

    Mono<Long> count(MetricsFilter filter, OrganizationScope scope) {
        return bind(db.sql(ActivitySql.metrics(FILTERS) + "select count(*) as total from metrics" + FLAG), filter, scope)
                .bind("flag", flag(filter))
                .map(row -> row.get("total", Long.class)).one();
    }

    /** Flag counts over the live accounts of the scope. */
    Mono<Overview.Flags> flagCounts(LocalDate asOf, OrganizationScope scope) {
        return bind(db.sql(ActivitySql.metrics(FILTERS) + """
                        select count(*) as live,
                               count(*) filter (where 'WEEKLY_UPDATE_MISSED' = any(flags)) as silent,
                               count(*) filter (where 'DORMANT_CANDIDATE' = any(flags)) as dormant,
                               count(*) filter (where 'NO_UPDATE_TWO_WEEKS' = any(flags) or 'POOR_INTERACTION' = any(flags)) as vetoed
                          from metrics"""), new MetricsFilter(asOf, null, null, null), scope)
                .map(row -> new Overview.Flags(row.get("live", Long.class), row.get("silent", Long.class),
                        row.get("dormant", Long.class), row.get("vetoed", Long.class)))
                .one();
    }

    /** The league table: live accounts of each host organization in the scope, most compliant first. */
    Flux<OrganizationActivity> byOrganization(LocalDate asOf, OrganizationScope scope) {
        return bind(db.sql(ActivitySql.metrics(FILTERS) + """
                        select host_organization_id, host_name, count(*) as live,
                               count(*) filter (where cardinality(flags) = 0) as compliant,
                               count(*) filter (where 'WEEKLY_UPDATE_MISSED' = any(flags)) as silent,
                               count(*) filter (where 'DORMANT_CANDIDATE' = any(flags)) as dormant,
                               count(*) filter (where 'NO_UPDATE_TWO_WEEKS' = any(flags) or 'POOR_INTERACTION' = any(flags)) as vetoed,
                               coalesce(sum(replies_overdue), 0)::bigint as replies_overdue
                          from metrics
                         group by host_organization_id, host_name
                         order by vetoed, count(*) filter (where cardinality(flags) = 0)::numeric / count(*) desc, silent, host_organization_id"""),
                new MetricsFilter(asOf, null, null, null), scope)
                .map(row -> new OrganizationActivity(row.get("host_organization_id", Long.class), row.get("host_name", String.class),
                        row.get("live", Long.class), row.get("compliant", Long.class), row.get("silent", Long.class),
                        row.get("dormant", Long.class), row.get("vetoed", Long.class), row.get("replies_overdue", Long.class)))
                .all();
    }

    /**
     * Stores the metrics of every live account for {@code day} in one statement. The primary key (day, account)
     * with "on conflict do nothing" makes a second run, on this or another instance, store nothing.
     */
    Mono<Long> snapshot(LocalDate day) {
        return db.sql(ActivitySql.metrics("true") + """
                        insert into activity_snapshots (day, account_id, host_organization_id, platform, updates_7d, originals_14d,
                               last_update_at, longest_gap_days, replies_on_time, replies_overdue, unanswered_over_3_months, flags)
                        select as_of, id, host_organization_id, platform, updates_7d, originals_14d, last_update_at, longest_gap_days,
                               replies_on_time, replies_overdue, unanswered_over_3_months, flags
                          from metrics
                        on conflict (day, account_id) do nothing""")
                .bind("asOf", day).bind("zone", zone)
                .fetch().rowsUpdated();
    }

    private GenericExecuteSpec bind(GenericExecuteSpec spec, MetricsFilter filter, OrganizationScope scope) {
        return spec.bind("asOf", filter.asOf()).bind("zone", zone)
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("organizationId", Parameter.fromOrEmpty(filter.organizationId(), Long.class))
                .bind("platform", Parameter.fromOrEmpty(filter.platform(), String.class));
    }

    private static Parameter flag(MetricsFilter filter) {
        return Parameter.fromOrEmpty(filter.flag() == null ? null : filter.flag().name(), String.class);
    }
}
