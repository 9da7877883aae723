package cn.gov.nantong.govmedia.changefeed;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** The filing changes in commit order (their sequence), for the provincial change feed. */
@Repository
class FilingChangeRepository {

    private final DatabaseClient db;

    FilingChangeRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Up to {@code limit} changes after sequence {@code after}, each with the filing row as stored (jsonb text). */
    Flux<FilingChange> after(long after, int limit) {
        return db.sql("""
                        select id, filing_id, changed_at, snapshot::text as snapshot from filing_changes
                         where id > :after order by id limit :limit""")
                .bind("after", after).bind("limit", limit)
                .map(row -> new FilingChange(row.get("id", Long.class), row.get("filing_id", Long.class),
                        row.get("changed_at", OffsetDateTime.class), row.get("snapshot", String.class)))
                .all();
    }
}
