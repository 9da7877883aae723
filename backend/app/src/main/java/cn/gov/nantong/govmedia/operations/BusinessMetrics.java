package cn.gov.nantong.govmedia.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauges of what operations watch (docs/operations.md, the alert rules): the provincial outbox backlog and dead
 * letters, filings past their provincial deadline, public submissions past their reply date. A scrape must not wait
 * for the database, so the counts are refreshed in the background and the gauges read the last ones.
 */
@Component
class BusinessMetrics {

    private static final Logger log = LoggerFactory.getLogger(BusinessMetrics.class);

    private final OperationsRepository repository;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong overdueFilings = new AtomicLong();
    private final AtomicLong overdueComplaints = new AtomicLong();
    private final AtomicLong oldestUnsealedMillis = new AtomicLong();

    BusinessMetrics(OperationsRepository repository, MeterRegistry registry, Clock clock,
                    cn.gov.nantong.govmedia.common.GovMediaProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.zone = properties.timeZone();
        Gauge.builder("govmedia.outbox.backlog", backlog, AtomicLong::get)
                .description("deliveries to the province not yet done").register(registry);
        Gauge.builder("govmedia.outbox.dead.letters", deadLetters, AtomicLong::get)
                .description("deliveries given up after the last attempt").register(registry);
        Gauge.builder("govmedia.filings.overdue", overdueFilings, AtomicLong::get)
                .description("filings undecided past their provincial deadline (Art 15)").register(registry);
        Gauge.builder("govmedia.complaints.overdue", overdueComplaints, AtomicLong::get)
                .description("public submissions unanswered past their reply date (Art 24)").register(registry);
        Gauge.builder("govmedia.audit.unsealed.oldest.seconds", oldestUnsealedMillis, millis -> millis.get() / 1000.0)
                .description("age of the oldest committed audit event the sealer has not put into the signed tree").register(registry);
    }

    @Scheduled(fixedDelayString = "${govmedia.operations.metrics-refresh:PT30S}", initialDelayString = "PT1S")
    void refresh() {
        repository.counts(LocalDate.now(clock.withZone(zone))).subscribe(counts -> {
            backlog.set(counts.outboxBacklog());
            deadLetters.set(counts.deadLetters());
            overdueFilings.set(counts.overdueFilings());
            overdueComplaints.set(counts.overdueComplaints());
            oldestUnsealedMillis.set(Math.round(counts.oldestUnsealedSeconds() * 1000));
        }, error -> log.warn("business metrics not refreshed: {}", error.toString()));
    }
}
