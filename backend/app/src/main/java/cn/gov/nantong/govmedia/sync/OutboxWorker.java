package cn.gov.nantong.govmedia.sync;

import cn.gov.nantong.govmedia.common.jobs.JobLocks;
import cn.gov.nantong.govmedia.filing.FilingDeliveries;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivers the outbox to the province: claims due rows (safe with several instances), posts each with its
 * idempotency key, and records success, a backed-off retry, or a dead letter.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxRepository outbox;
    private final ProvinceClient province;
    private final FilingDeliveries filings;
    private final ProvinceProperties settings;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final JobLocks locks;
    private final String worker;
    private final AtomicBoolean running = new AtomicBoolean();
    private final RandomGenerator random = RandomGenerator.getDefault();

    OutboxWorker(OutboxRepository outbox, ProvinceClient province, FilingDeliveries filings, ProvinceProperties settings,
                 TransactionalOperator transaction, Clock clock, JobLocks locks) {
        this.outbox = outbox;
        this.province = province;
        this.filings = filings;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
        this.locks = locks;
        this.worker = "worker-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(fixedDelayString = "${govmedia.province.poll-interval:PT2S}",
            initialDelayString = "${govmedia.province.poll-initial-delay:PT5S}")
    void poll() {
        if (!settings.enabled() || !running.compareAndSet(false, true)) {
            return;
        }
        locks.exclusively("outbox", Duration.ZERO, settings.lease(), deliverDue()).doFinally(signal -> running.set(false)).subscribe(
                count -> {
                    if (count > 0) {
                        log.info("{} handled {} delivery(ies) to the province", worker, count);
                    }
                },
                error -> log.warn("{} could not work the outbox: {}", worker, error.toString()));
    }

    /** One round: claim, deliver, record. Emits how many deliveries it handled. */
    Mono<Long> deliverDue() {
        return outbox.claim(worker, settings.batchSize(), settings.lease())
                .as(transaction::transactional)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::deliver)
                .count();
    }

    private Mono<Void> deliver(OutboxRow row) {
        OffsetDateTime started = OffsetDateTime.now(clock);
        String path = "FILING".equals(row.kind()) ? "/v1/filings" : "/v1/rectifications";
        return province.submit(path, row.idempotencyKey(), row.payload())
                .flatMap(receipt -> succeed(row, started, receipt))
                .onErrorResume(DeliveryFailure.class, failure -> fail(row, started, failure));
    }

    private Mono<Void> succeed(OutboxRow row, OffsetDateTime started, ProvinceClient.Receipt receipt) {
        return outbox.delivered(row.id(), worker, receipt.receiptNumber())
                .flatMap(rows -> rows == 0 ? Mono.empty()
                        : (row.filingId() == null ? Mono.<Void>empty()
                        : filings.markDelivered(row.filingId(), receipt.receiptNumber(), OffsetDateTime.now(clock)))
                        .then(outbox.recordAttempt(row, worker, started, 200, "DELIVERED", null)))
                .as(transaction::transactional);
    }

    private Mono<Void> fail(OutboxRow row, OffsetDateTime started, DeliveryFailure failure) {
        boolean dead = row.attempts() >= settings.maxAttempts();
        Duration delay = Backoff.next(row.attempts(), settings.initialBackoff(), settings.maxBackoff(), failure.retryAfter(), random);
        log.info("{} delivery {} attempt {} failed: {}{}", worker, row.idempotencyKey(), row.attempts(), failure.getMessage(),
                dead ? " (dead letter)" : ", retry in " + delay);
        return outbox.failed(row.id(), worker, dead, OffsetDateTime.now(clock).plus(delay), failure.getMessage())
                .then(outbox.recordAttempt(row, worker, started, failure.httpStatus(), dead ? "DEAD" : "RETRY", failure.getMessage()))
                .as(transaction::transactional);
    }

    String id() {
        return worker;
    }
}
