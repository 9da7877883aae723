package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.GovMediaProperties;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The public feed (Art 23): only rebuttals whose review ticket was published as sent, read through the join on
 * review_tickets, so a rebuttal appears in the same transaction that publishes its ticket and never before.
 */
@Repository
class PublicRebuttals {

    private static final String SELECT = """
            select r.*, o.name as organization_name, a.name as account_name, a.platform, t.published_url, t.published_at
              from rumour_rebuttals r
              join review_tickets t on t.id = r.ticket_id
              join organizations o on o.id = r.organization_id
              join accounts a on a.id = r.account_id
            """ + " where " + RebuttalStatus.PUBLIC;
    /**
     * The total needs only the two tables that decide what is public (the filters read r and t alone): joining the
     * 200,000 accounts to count them made this count the slowest statement of the public API at national scale.
     */
    private static final String COUNT = "select count(*) as total from rumour_rebuttals r join review_tickets t on t.id = r.ticket_id"
            + " where " + RebuttalStatus.PUBLIC;
    /** The unfiltered total, kept by triggers in the transaction that publishes or withdraws (migration V60). */
    private static final String KEPT_COUNT = "select total from public_rebuttal_count";

    /** Keyset position: the range condition on published_at lets the index start at the cursor instead of counting up to it. */
    private static final String AFTER = " and t.published_at <= :afterAt and (t.published_at, r.id) < (:afterAt, :afterId)";

    private final DatabaseClient db;
    private final GovMediaProperties properties;

    PublicRebuttals(DatabaseClient db, GovMediaProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    Mono<PageResponse<PublicRebuttal>> page(RebuttalFilter filter, PageRequest page) {
        WhereClause where = filter.where("t.published_at", properties.timeZone());
        var items = db.sql(SELECT + where.sql() + " order by t.published_at desc, r.id desc limit :limit offset :offset")
                .bind("limit", page.size()).bind("offset", page.offset());
        var count = where.sql().isEmpty() ? db.sql(KEPT_COUNT) : where.bind(db.sql(COUNT + where.sql()));
        items = where.bind(items);
        return PageResponse.of(items.map(this::map).all(), count.map(row -> row.get("total", Long.class)).one(), page);
    }

    /** One slice of the feed after a cursor: a deep position costs what the first one does, and nothing is counted. */
    Mono<PublicRebuttalFeed> after(RebuttalFilter filter, FeedCursor cursor, int size) {
        WhereClause where = filter.where("t.published_at", properties.timeZone());
        var items = db.sql(SELECT + where.sql() + AFTER + " order by t.published_at desc, r.id desc limit :limit")
                .bind("afterAt", cursor.publishedAt()).bind("afterId", cursor.id()).bind("limit", size + 1);
        items = where.bind(items);
        return items.map(this::map).all().collectList().map(list -> list.size() > size
                ? new PublicRebuttalFeed(list.subList(0, size), FeedCursor.after(list.get(size - 1)).encode())
                : new PublicRebuttalFeed(list, null));
    }

    Mono<PublicRebuttal> find(long id) {
        return db.sql(SELECT + " and r.id = :id").bind("id", id).map(this::map).one();
    }

    private PublicRebuttal map(Readable row) {
        Verdict verdict = Verdict.valueOf(row.get("verdict", String.class));
        return new PublicRebuttal(row.get("id", Long.class), row.get("title", String.class), row.get("rumour", String.class),
                row.get("truth", String.class), row.get("evidence", String.class), RebuttalRepository.texts(row, "evidence_links"),
                RebuttalRepository.texts(row, "rumour_appearances"), verdict, verdict.alternateName,
                row.get("organization_id", Long.class), row.get("organization_name", String.class), row.get("account_name", String.class),
                row.get("platform", String.class),
                row.get("published_at", OffsetDateTime.class).atZoneSameInstant(properties.timeZone()).toOffsetDateTime(),
                row.get("published_url", String.class));
    }
}
