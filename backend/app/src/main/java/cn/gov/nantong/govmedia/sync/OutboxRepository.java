package cn.gov.nantong.govmedia.sync;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The transactional outbox towards the province. */
@Repository
class OutboxRepository {

    private final DatabaseClient db;

    OutboxRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Adds a delivery unless one with this key exists (a repeated approval of the same version is harmless). */
    Mono<Void> enqueue(String kind, Long filingId, Long findingId, String idempotencyKey, String payload) {
        return db.sql("""
                        insert into sync_outbox (kind, filing_id, finding_id, idempotency_key, payload)
                        values (:kind, :filingId, :findingId, :key, cast(:payload as jsonb))
                        on conflict (idempotency_key) do nothing""")
                .bind("kind", kind)
                .bind("filingId", Parameter.fromOrEmpty(filingId, Long.class))
                .bind("findingId", Parameter.fromOrEmpty(findingId, Long.class))
                .bind("key", idempotencyKey).bind("payload", payload)
                .then();
    }

    /**
     * Claims due deliveries for this worker: pending ones whose time has come, and ones whose previous owner's
     * lease ran out (it died mid-delivery). SKIP LOCKED keeps two workers from ever claiming the same row.
     */
    Flux<OutboxRow> claim(String worker, int batch, Duration lease) {
        return db.sql("""
                        update sync_outbox o
                           set status = 'DELIVERING', worker = :worker, attempts = o.attempts + 1,
                               lease_until = now() + make_interval(secs => :leaseSeconds)
                         where o.id in (select id from sync_outbox
                                         where (status = 'PENDING' and next_attempt_at <= now())
                                            or (status = 'DELIVERING' and lease_until < now())
                                         order by id
                                         limit :batch
                                         for update skip locked)
                        returning o.id, o.kind, o.filing_id, o.finding_id, o.idempotency_key, o.payload::text as payload, o.attempts""")
                .bind("worker", worker).bind("batch", batch).bind("leaseSeconds", (double) lease.toMillis() / 1000)
                .map(ROWS).all();
    }

    /** Completes a delivery this worker still owns; 0 rows means the lease was lost meanwhile. */
    Mono<Long> delivered(long id, String worker, String receiptNumber) {
        return db.sql("""
                        update sync_outbox set status = 'DELIVERED', delivered_at = now(), receipt_number = :receipt,
                               last_error = null, lease_until = null
                         where id = :id and worker = :worker and status = 'DELIVERING'""")
                .bind("id", id).bind("worker", worker).bind("receipt", receiptNumber)
                .fetch().rowsUpdated();
    }

    Mono<Long> failed(long id, String worker, boolean dead, OffsetDateTime nextAttemptAt, String error) {
        return db.sql("""
                        update sync_outbox set status = :status, next_attempt_at = :next, last_error = :error, lease_until = null
                         where id = :id and worker = :worker and status = 'DELIVERING'""")
                .bind("id", id).bind("worker", worker).bind("status", dead ? "DEAD" : "PENDING")
                .bind("next", nextAttemptAt).bind("error", error.substring(0, Math.min(error.length(), 500)))
                .fetch().rowsUpdated();
    }

    Mono<Void> recordAttempt(OutboxRow row, String worker, OffsetDateTime startedAt, Integer httpStatus, String outcome,
                             String error) {
        return db.sql("""
                        insert into sync_attempts (outbox_id, attempt, worker, started_at, http_status, outcome, error)
                        values (:id, :attempt, :worker, :startedAt, :httpStatus, :outcome, :error)""")
                .bind("id", row.id()).bind("attempt", row.attempts()).bind("worker", worker).bind("startedAt", startedAt)
                .bind("httpStatus", Parameter.fromOrEmpty(httpStatus, Integer.class)).bind("outcome", outcome)
                .bind("error", Parameter.fromOrEmpty(error == null ? null : error.substring(0, Math.min(error.length(), 500)),
                        String.class))
                .then();
    }

    /** Puts a dead letter back in the queue with a fresh set of attempts. */
    Mono<Long> retry(long id) {
        return db.sql("""
                        update sync_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now(), last_error = null
                         where id = :id and status = 'DEAD'""")
                .bind("id", id).fetch().rowsUpdated();
    }

    private static final RecordRows<OutboxRow> ROWS = RecordRows.of(OutboxRow.class);
}
