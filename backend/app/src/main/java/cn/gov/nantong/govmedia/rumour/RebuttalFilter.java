package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.paging.WhereClause;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * List filters, turned into SQL with bound parameters only. {@code dateColumn} is what from/to apply to (inclusive
 * dates in the configured time zone).
 */
record RebuttalFilter(@Nullable RebuttalStatus status, @Nullable Long organizationId, @Nullable String q, @Nullable LocalDate from,
                      @Nullable LocalDate to) {

    WhereClause where(String dateColumn, ZoneId zone) {
        return WhereClause.andOnly()
                .and(RebuttalStatus.SQL + " = :status", "status", status)
                // on r, not on the joined organization, so that a count can leave out the joins
                .and("r.organization_id in (select d.id from organizations d"
                        + " where d.path <@ (select f.path from organizations f where f.id = :organizationId))",
                        "organizationId", organizationId)
                .andContaining("(r.title || ' ' || r.rumour || ' ' || r.truth) ilike :q", "q", q)
                .and(dateColumn + " >= :from", "from", from == null ? null : from.atStartOfDay(zone).toOffsetDateTime())
                .and(dateColumn + " < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    /** A short fingerprint of the filter, for cache validators. */
    String key() {
        return status + "|" + organizationId + "|" + (q == null ? "" : q.trim()) + "|" + from + "|" + to;
    }
}
