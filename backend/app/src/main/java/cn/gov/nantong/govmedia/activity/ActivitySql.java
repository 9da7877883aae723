package cn.gov.nantong.govmedia.activity;

/**
 * The activity metrics of every live account as of a date, in one set-based query: per account, index-backed
 * lateral aggregates over its publications and public submissions, so no row is loaded into Java to count.
 * Windows end with the as-of date (Asia/Shanghai days): 7 days = as-of and the 6 days before; 2 weeks = as-of and
 * the 13 days before; 3 months = after the same day 3 months earlier. A rule is only applied to an account that was
 * live for the whole window. Binds: {@code asOf}, {@code zone}; {@code %s} takes a fixed condition on accounts
 * {@code a} and host organizations {@code o} (scope and filters, with bound parameters only).
 */
final class ActivitySql {

    private ActivitySql() {
    }

    private static final String METRICS = """
            with params as (
                select cast(:asOf as date) as as_of, cast(:zone as text) as zone
            ), base as (
                select a.id, a.name, a.platform, a.status, a.host_organization_id, o.name as host_name,
                       coalesce(a.activated_on, a.status_changed_on) as live_since, p.as_of, p.zone,
                       (p.as_of + 1)::timestamp at time zone p.zone as period_end,
                       (p.as_of - 6)::timestamp at time zone p.zone as week_start,
                       (p.as_of - 13)::timestamp at time zone p.zone as fortnight_start,
                       ((p.as_of - interval '3 months')::date + 1) as quarter_start_day
                  from accounts a
                  join organizations o on o.id = a.host_organization_id
                 cross join params p
                 where a.status in ('ACTIVE', 'CLOSING') and coalesce(a.activated_on, a.status_changed_on) <= p.as_of
                   and %s
            ), measured as (
                select b.*, pub.updates_7d, pub.updates_14d, pub.originals_14d, pub.updates_3m, lst.last_update_at,
                       gap.longest_gap_days, cmp.replies_on_time, cmp.replies_overdue, cmp.unanswered_over_3_months
                  from base b
                  left join lateral (
                      select count(*) filter (where x.published_at >= b.week_start) as updates_7d,
                             count(*) filter (where x.published_at >= b.fortnight_start) as updates_14d,
                             count(*) filter (where x.published_at >= b.fortnight_start and x.origin = 'ORIGINAL') as originals_14d,
                             count(*) as updates_3m
                        from publications x
                       where x.account_id = b.id and x.published_at < b.period_end
                         and x.published_at >= b.quarter_start_day::timestamp at time zone b.zone
                  ) pub on true
                  left join lateral (
                      select max(x.published_at) as last_update_at from publications x
                       where x.account_id = b.id and x.published_at < b.period_end
                  ) lst on true
                  left join lateral (
                      select coalesce(max(d.day - d.previous), 0) as longest_gap_days
                        from (select s.day, lag(s.day) over (order by s.day) as previous
                                from (select greatest(b.quarter_start_day, b.live_since) as day
                                      union all
                                      select (x.published_at at time zone b.zone)::date from publications x
                                       where x.account_id = b.id and x.published_at < b.period_end
                                         and x.published_at >= b.quarter_start_day::timestamp at time zone b.zone
                                      union all
                                      select b.as_of) s) d
                  ) gap on true
                  left join lateral (
                      select count(*) filter (where c.replied_at < b.period_end and c.received_on >= b.quarter_start_day
                                                and (c.replied_at at time zone b.zone)::date <= c.due_on) as replies_on_time,
                             count(*) filter (where c.received_on >= b.quarter_start_day and (
                                                   (c.replied_at < b.period_end and (c.replied_at at time zone b.zone)::date > c.due_on)
                                                or (coalesce(c.replied_at, 'infinity') >= b.period_end
                                                    and coalesce(c.closed_at, 'infinity') >= b.period_end and c.due_on < b.as_of)))
                                 as replies_overdue,
                             count(*) filter (where coalesce(c.replied_at, 'infinity') >= b.period_end
                                                and coalesce(c.closed_at, 'infinity') >= b.period_end
                                                and c.received_on < b.quarter_start_day - 1) as unanswered_over_3_months
                        from complaints c
                       where c.account_id = b.id and c.moderation <> 'HIDDEN' and c.received_on <= b.as_of
                  ) cmp on true
            ), metrics as (
                select m.*, array_remove(array[
                           -- an account in its closure announcement (Art 16) owes no more updates
                           case when m.status <> 'CLOSING' and m.updates_7d = 0 and m.live_since <= m.as_of - 6
                                then 'WEEKLY_UPDATE_MISSED' end,
                           case when m.status <> 'CLOSING' and m.originals_14d = 0 and m.live_since <= m.as_of - 13
                                then 'ORIGINAL_MISSED' end,
                           case when m.status <> 'CLOSING' and m.updates_14d = 0 and m.live_since <= m.as_of - 13
                                then 'NO_UPDATE_TWO_WEEKS' end,
                           case when m.status <> 'CLOSING' and m.updates_3m = 0 and m.live_since <= m.quarter_start_day
                                then 'DORMANT_CANDIDATE' end,
                           case when m.unanswered_over_3_months > 0 then 'POOR_INTERACTION' end], null)::text[] as flags
                  from measured m
            )
            """;

    /** The metrics CTE restricted by {@code condition} (a fixed SQL text over {@code a} and {@code o}). */
    static String metrics(String condition) {
        return METRICS.formatted(condition);
    }
}
