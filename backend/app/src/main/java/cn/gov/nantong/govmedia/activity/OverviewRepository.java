package cn.gov.nantong.govmedia.activity;

import cn.gov.nantong.govmedia.filing.ProvincialDeadline;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Register counts, overdue filings and replies, and the weekly trend from the snapshots, for a scope. */
@Repository
class OverviewRepository {

    private static final String SCOPE = OrganizationScope.condition("o.path");

    private final DatabaseClient db;

    OverviewRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Accounts by status and by platform in one pass (grouping sets). */
    record RegisterCounts(List<Overview.Count> byStatus, List<Overview.Count> byPlatform) {
    }

    Mono<RegisterCounts> registerCounts(OrganizationScope scope) {
        return db.sql("select a.status, a.platform, count(*) as total from accounts a join organizations o on o.id = a.host_organization_id"
                        + " where " + SCOPE + " group by grouping sets ((a.status), (a.platform)) order by 1, 2")
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new String[] {row.get("status", String.class), row.get("platform", String.class),
                        String.valueOf(row.get("total", Long.class))})
                .all().collectList()
                .map(rows -> new RegisterCounts(
                        rows.stream().filter(r -> r[0] != null).map(r -> new Overview.Count(r[0], Long.parseLong(r[2]))).toList(),
                        rows.stream().filter(r -> r[1] != null).map(r -> new Overview.Count(r[1], Long.parseLong(r[2]))).toList()));
    }

    /** Filings past their provincial deadline (Art 15) by host organization: undecided, and approved but undelivered. */
    Mono<Overview.OverdueFilings> overdueFilings(LocalDate asOf, OrganizationScope scope) {
        return db.sql("select count(*) filter (where " + ProvincialDeadline.UNDECIDED + ") as undecided,"
                        + " count(*) filter (where " + ProvincialDeadline.UNDELIVERED + ") as undelivered"
                        + " from filings f join organizations o on o.id = f.host_organization_id"
                        + " where " + ProvincialDeadline.PENDING + " and " + ProvincialDeadline.PAST + " and " + SCOPE)
                .bind("today", asOf).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new Overview.OverdueFilings(row.get("undecided", Long.class), row.get("undelivered", Long.class))).one();
    }

    /** Open, not hidden submissions past their reply due date (Art 24), by target organization. */
    Mono<Long> overdueReplies(LocalDate asOf, OrganizationScope scope) {
        return db.sql("select count(*) as total from complaints c join organizations o on o.id = c.target_organization_id"
                        + " where c.status in ('RECEIVED', 'FORWARDED') and c.moderation <> 'HIDDEN' and c.due_on < :asOf and " + SCOPE)
                .bind("asOf", asOf).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("total", Long.class)).one();
    }

    /** For each of the 12 weeks up to asOf, the counts of that week's latest snapshot. */
    Mono<List<Overview.WeekTrend>> trend(LocalDate asOf, OrganizationScope scope) {
        return db.sql("""
                        with days as (
                            select date_trunc('week', day)::date as week, max(day) as day from activity_snapshots
                             where day <= :asOf and day > :asOf - 84 group by 1
                        )
                        select d.week, d.day, count(s.account_id) as accounts,
                               count(*) filter (where 'WEEKLY_UPDATE_MISSED' = any(s.flags)) as silent,
                               count(*) filter (where 'DORMANT_CANDIDATE' = any(s.flags)) as dormant,
                               count(*) filter (where 'NO_UPDATE_TWO_WEEKS' = any(s.flags) or 'POOR_INTERACTION' = any(s.flags)) as vetoed
                          from days d
                          join activity_snapshots s on s.day = d.day
                          join organizations o on o.id = s.host_organization_id
                         where\s""" + SCOPE + " group by d.week, d.day order by d.week")
                .bind("asOf", asOf).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new Overview.WeekTrend(row.get("week", LocalDate.class), row.get("day", LocalDate.class),
                        row.get("accounts", Long.class), row.get("silent", Long.class), row.get("dormant", Long.class),
                        row.get("vetoed", Long.class)))
                .all().collectList();
    }
}
