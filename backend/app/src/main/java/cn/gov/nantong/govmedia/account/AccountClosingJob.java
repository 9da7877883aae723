package cn.gov.nantong.govmedia.account;

import cn.gov.nantong.govmedia.audit.AuditLog;
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
 * Closes accounts whose announcement period (Art 16) is over. One UPDATE claims and closes them, so
 * several app instances running this at once never close an account twice.
 */
@Component
class AccountClosingJob {

    private static final Logger log = LoggerFactory.getLogger(AccountClosingJob.class);

    private final AccountRepository repository;
    private final AuditLog audit;
    private final TransactionalOperator transaction;
    private final JobLocks locks;
    private final Clock clock;

    AccountClosingJob(AccountRepository repository, AuditLog audit, TransactionalOperator transaction, JobLocks locks, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.transaction = transaction;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(cron = "${govmedia.accounts.closing-cron:0 5 0 * * *}", zone = "${govmedia.time-zone:Asia/Shanghai}")
    void run() {
        locks.exclusively("account-closing", Duration.ofMinutes(30), Duration.ofHours(1), closeDue(LocalDate.now(clock))).subscribe(
                count -> log.info("closed {} account(s) whose announcement ended", count),
                error -> log.error("closing accounts failed; the next run retries", error));
    }

    Mono<Long> closeDue(LocalDate today) {
        return repository.closeDue(today)
                .concatMap(id -> repository.findById(id).flatMap(after -> audit.record("CLOSE", "account", id, null, after)).thenReturn(id))
                .count()
                .as(transaction::transactional);
    }
}
