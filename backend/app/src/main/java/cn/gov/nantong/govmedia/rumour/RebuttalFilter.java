package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.paging.FilterBinds;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * List filters, turned into SQL with bound parameters only. {@code dateColumn} is what from/to apply to (inclusive
 * dates in the configured time zone).
 */
record RebuttalFilter(@Nullable RebuttalStatus status, @Nullable Long organizationId, @Nullable String q, @Nullable LocalDate from,
                      @Nullable LocalDate to) {

    record Where(String sql, Map<String, Object> binds) {
    }

    Where where(String dateColumn, ZoneId zone) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> binds = new LinkedHashMap<>();
        if (status != null) {
            sql.append(" and ").append(RebuttalStatus.SQL).append(" = :status");
            binds.put("status", status.name());
        }
        if (organizationId != null) {
            // on r, not on the joined organization, so that a count can leave out the joins
            sql.append(" and r.organization_id in (select d.id from organizations d"
                    + " where d.path <@ (select f.path from organizations f where f.id = :organizationId))");
            binds.put("organizationId", organizationId);
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and (r.title || ' ' || r.rumour || ' ' || r.truth) ilike :q");
            binds.put("q", FilterBinds.containing(q));
        }
        if (from != null) {
            sql.append(" and ").append(dateColumn).append(" >= :from");
            binds.put("from", from.atStartOfDay(zone).toOffsetDateTime());
        }
        if (to != null) {
            sql.append(" and ").append(dateColumn).append(" < :to");
            binds.put("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        return new Where(sql.toString(), binds);
    }

    /** A short fingerprint of the filter, for cache validators. */
    String key() {
        return status + "|" + organizationId + "|" + (q == null ? "" : q.trim()) + "|" + from + "|" + to;
    }
}
