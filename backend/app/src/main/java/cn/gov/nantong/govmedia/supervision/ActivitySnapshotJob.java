package cn.gov.nantong.govmedia.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Stores yesterday's activity metrics of every live account once a day, for the trend charts. Safe with several
 * instances: a transaction-scoped advisory lock lets one instance compute while the others skip, and the primary
 * key (day, account) with "on conflict do nothing" keeps a late second run from storing anything twice.
 */
@Component
class ActivitySnapshotJob {

    private static final Logger log = LoggerFactory.getLogger(ActivitySnapshotJob.class);

    private final ActivityRepository repository;
    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Clock clock;

    ActivitySnapshotJob(ActivityRepository repository, DatabaseClient db, TransactionalOperator transaction, Clock clock) {
        this.repository = repository;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${govmedia.supervision.snapshot-cron:0 20 0 * * *}", zone = "${govmedia.time-zone:Asia/Shanghai}")
    void run() {
        LocalDate day = LocalDate.now(clock).minusDays(1);
        snapshot(day).subscribe(
                count -> log.info("stored {} activity snapshot(s) for {}", count, day),
                error -> log.error("activity snapshot for {} failed; the next run or a manual run can repeat it", day, error));
    }

    /** Stores the snapshot of {@code day}; answers the rows stored (0 if another instance holds the lock or already did it). */
    Mono<Long> snapshot(LocalDate day) {
        return db.sql("select pg_try_advisory_xact_lock(hashtext('activity_snapshots')) as locked")
                .map(row -> Boolean.TRUE.equals(row.get("locked", Boolean.class))).one()
                .flatMap(locked -> locked ? repository.snapshot(day) : Mono.just(0L))
                .as(transaction::transactional);
    }
}
