package cn.gov.nantong.govmedia.changefeed;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The filing changes in commit order, for the provincial change feed. A change gets its position after it commits
 * ({@code filing_changes_position()}), so writers never wait for each other and a reader paging by position never
 * skips a change that committed late.
 */
@Repository
class FilingChangeRepository {

    private final DatabaseClient db;

    FilingChangeRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Up to {@code limit} changes after sequence {@code after}, each with the filing row as stored (jsonb text). */
    Flux<FilingChange> after(long after, int limit) {
        return position().thenMany(db.sql("""
                        select position, filing_id, changed_at, snapshot::text as snapshot from filing_changes
                         where position > :after order by position limit :limit""")
                .bind("after", after).bind("limit", limit)
                .map(row -> new FilingChange(row.get("position", Long.class), row.get("filing_id", Long.class),
                        row.get("changed_at", OffsetDateTime.class), row.get("snapshot", String.class)))
                .all());
    }

    /** Positions the committed changes that have none yet; a no-op read when there are none. */
    Mono<Long> position() {
        return db.sql("select filing_changes_position() as placed").map(row -> row.get("placed", Long.class)).one();
    }
}
