package cn.gov.nantong.govmedia.operations;

import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The counts operations watch, in one statement (each on an index of its table). */
@Repository
class OperationsRepository {

    record Counts(long outboxBacklog, long deadLetters, long overdueFilings, long overdueComplaints, double oldestUnsealedSeconds) {
    }

    private final DatabaseClient db;

    OperationsRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Counts> counts(LocalDate today) {
        return db.sql("""
                        select (select count(*) from sync_outbox where status in ('PENDING', 'DELIVERING')) as backlog,
                               (select count(*) from sync_outbox where status = 'DEAD') as dead,
                               (select count(*) from filings where status = 'SUBMITTED' and provincial_deadline < :today) as filings,
                               (select count(*) from complaints where status in ('RECEIVED', 'FORWARDED') and due_on < :today)
                                   as complaints,
                               (select coalesce(extract(epoch from clock_timestamp() - e.occurred_at), 0)::float8
                                  from audit_unsealed u join audit_events e on e.id = u.event_id order by u.event_id limit 1)
                                   as unsealed""")
                .bind("today", today)
                .map(row -> new Counts(row.get("backlog", Long.class), row.get("dead", Long.class), row.get("filings", Long.class),
                        row.get("complaints", Long.class), row.get("unsealed", Double.class) == null ? 0 : row.get("unsealed", Double.class)))
                .one();
    }
}
