package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.assessment.AssessmentViews.Item;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.ItemUpdate;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The assessment scheme's items, and per host organization of a scope the year's count of every source, in one query. */
@Repository
class AssessmentRepository {

    record Counts(long organizationId, String organizationName, Map<String, Long> bySource) {
    }

    /**
     * The account {@code a} of the organization {@code o} is live through the whole period {@code w} (from {@code w.starts}
     * to before {@code w.ends}): opened before it began, neither ended nor closing before it was over. Periods are calendar
     * weeks, or pairs of them, from the year's first Monday, Beijing dates (Art 19); only periods over by {@code until} count.
     */
    private static final String LIVE_THROUGH = " a.host_organization_id = o.id and a.activated_on <= cast(w.starts as date)"
            + " and (a.ended_on is null or a.ended_on >= cast(w.ends as date))"
            + " and (a.status <> 'CLOSING' or a.status_changed_on >= cast(w.ends as date))";

    private final DatabaseClient db;
    private final String zone;

    AssessmentRepository(DatabaseClient db, GovMediaProperties properties) {
        this.db = db;
        this.zone = properties.timeZone().getId();
    }

    /**
     * {@code until} is the end of the year or today, whichever is earlier. Spot-check findings count from the city's own
     * checks only: a county's local check (Art 32.2) is its own supervision, not the city's assessment.
     */
    Flux<Counts> counts(int year, LocalDate until, OrganizationScope scope) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate firstMonday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return db.sql("""
                        select o.id, o.name,
                          (select count(distinct s.account_id) from activity_snapshots s where s.host_organization_id = o.id
                              and s.day between :from and :until and 'WEEKLY_UPDATE_MISSED' = any(s.flags)) as silent,
                          (select count(distinct s.account_id) from activity_snapshots s where s.host_organization_id = o.id
                              and s.day between :from and :until and 'DORMANT_CANDIDATE' = any(s.flags)) as dormant,
                          (select count(*) from accounts a
                              cross join lateral (select g as starts, g + interval '7 days' as ends from generate_series(
                                  cast(:firstMonday as timestamp), cast(:lastWeek as timestamp), interval '7 days') g) w
                            where""" + LIVE_THROUGH + """
                              and not exists (select 1 from publications p where p.account_id = a.id
                                   and p.published_at >= (w.starts at time zone :zone) and p.published_at < (w.ends at time zone :zone)))
                              as missed_weeks,
                          (select count(*) from accounts a
                              cross join lateral (select g as starts, g + interval '14 days' as ends from generate_series(
                                  cast(:firstMonday as timestamp), cast(:lastFortnight as timestamp), interval '14 days') g) w
                            where""" + LIVE_THROUGH + """
                              and not exists (select 1 from publications p where p.account_id = a.id and p.origin = 'ORIGINAL'
                                   and p.published_at >= (w.starts at time zone :zone) and p.published_at < (w.ends at time zone :zone)))
                              as missed_fortnights,
                          (select count(*) from complaints c where c.target_organization_id = o.id and c.moderation <> 'HIDDEN'
                              and c.received_on between :from and :until
                              and ((c.replied_at at time zone :zone)::date > c.due_on
                                   or (c.replied_at is null and c.closed_at is null and c.due_on < :until))) as overdue_replies,
                          (select count(*) filter (where i.kind = 'SCORED') from spot_check_findings f
                              join spot_check_accounts sa on sa.check_id = f.check_id and sa.account_id = f.account_id
                              join spot_checks sc on sc.id = f.check_id join checklist_items i on i.id = f.item_id
                            where sa.host_organization_id = o.id and sc.quarter like :yearPrefix
                              and sc.organization_id in (select id from organizations where parent_id is null)) as spot_findings,
                          (select count(*) filter (where i.kind = 'VETO') from spot_check_findings f
                              join spot_check_accounts sa on sa.check_id = f.check_id and sa.account_id = f.account_id
                              join spot_checks sc on sc.id = f.check_id join checklist_items i on i.id = f.item_id
                            where sa.host_organization_id = o.id and sc.quarter like :yearPrefix
                              and sc.organization_id in (select id from organizations where parent_id is null)) as spot_vetoes,
                          (select count(*) from measures m where m.organization_id = o.id and m.decided_on between :from and :until)
                              as measures,
                          (select count(*) from inspection_findings f where f.host_organization_id = o.id and f.veto
                              and f.source in ('PROVINCE', 'NATIONAL', 'PROVINCIAL') and f.found_on between :from and :until) as provincial_vetoes,
                          (select count(*) from incidents i where i.host_organization_id = o.id and not i.unfounded
                              and i.kind in ('HARMFUL_CONTENT', 'ACCOUNT_COMPROMISE', 'DATA_LEAK')
                              and (i.discovered_at at time zone :zone)::date between :from and :until) as security_incidents
                          from organizations o
                         where\s""" + OrganizationScope.condition("o.path") + """
                            and exists (select 1 from accounts a where a.host_organization_id = o.id
                                         and coalesce(a.activated_on, a.status_changed_on) <= :until)
                         order by o.id""")
                .bind("from", from).bind("until", until).bind("zone", zone).bind("yearPrefix", year + "-Q%")
                .bind("firstMonday", firstMonday.atStartOfDay()).bind("lastWeek", until.minusDays(6).atStartOfDay())
                .bind("lastFortnight", until.minusDays(13).atStartOfDay())
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new Counts(row.get("id", Long.class), row.get("name", String.class), Map.of(
                        "SILENT_ACCOUNTS", row.get("silent", Long.class), "DORMANT_ACCOUNTS", row.get("dormant", Long.class),
                        "MISSED_WEEKS", row.get("missed_weeks", Long.class), "MISSED_FORTNIGHTS", row.get("missed_fortnights", Long.class),
                        "OVERDUE_REPLIES", row.get("overdue_replies", Long.class),
                        "SPOT_CHECK_FINDINGS", row.get("spot_findings", Long.class), "MEASURES", row.get("measures", Long.class),
                        "SPOT_CHECK_VETO", row.get("spot_vetoes", Long.class), "PROVINCIAL_VETO", row.get("provincial_vetoes", Long.class),
                        "SECURITY_INCIDENT", row.get("security_incidents", Long.class))))
                .all();
    }

    Flux<Item> items() {
        return db.sql("select * from assessment_items order by sort_order, id").map(Item.ROWS).all();
    }

    Mono<Item> item(long id) {
        return db.sql("select * from assessment_items where id = :id").bind("id", id).map(Item.ROWS).one();
    }

    /** The updated item; empty when {@code version} is given and no longer the current one. */
    Mono<Item> update(long id, ItemUpdate update) {
        return db.sql("""
                        update assessment_items set name = :name, max_points = :max, deduction_points = :deduction, active = :active,
                               version = version + 1
                         where id = :id and version = coalesce(cast(:version as bigint), version) returning *""")
                .bind("id", id).bind("name", update.name().trim()).bind("max", update.maxPoints())
                .bind("deduction", update.deductionPoints()).bind("active", update.active())
                .bind("version", Parameter.fromOrEmpty(update.version(), Long.class))
                .map(Item.ROWS).one();
    }
}
