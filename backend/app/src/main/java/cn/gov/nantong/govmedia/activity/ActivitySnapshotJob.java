package cn.gov.nantong.govmedia.activity;

import cn.gov.nantong.govmedia.common.jobs.JobLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Stores yesterday's activity metrics of every live account once a day, for the trend charts. Safe with several
 * instances: the job lock lets one instance compute while the others skip, and the primary key (day, account) with
 * "on conflict do nothing" keeps a later manual run from storing anything twice.
 */
@Component
class ActivitySnapshotJob {

    private static final Logger log = LoggerFactory.getLogger(ActivitySnapshotJob.class);

    private final ActivityRepository repository;
    private final JobLocks locks;
    private final TransactionalOperator transaction;
    private final Clock clock;

    ActivitySnapshotJob(ActivityRepository repository, JobLocks locks, TransactionalOperator transaction, Clock clock) {
        this.repository = repository;
        this.locks = locks;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${govmedia.supervision.snapshot-cron:0 20 0 * * *}", zone = "${govmedia.time-zone:Asia/Shanghai}")
    void run() {
        LocalDate day = LocalDate.now(clock).minusDays(1);
        locks.exclusively("activity-snapshot", Duration.ofMinutes(30), Duration.ofHours(2), snapshot(day)).subscribe(
                count -> log.info("stored {} activity snapshot(s) for {}", count, day),
                error -> log.error("activity snapshot for {} failed; the next run or a manual run can repeat it", day, error));
    }

    /** Stores the snapshot of {@code day}; answers the rows stored (0 for the accounts already stored that day). */
    Mono<Long> snapshot(LocalDate day) {
        return repository.snapshot(day).as(transaction::transactional);
    }
}
