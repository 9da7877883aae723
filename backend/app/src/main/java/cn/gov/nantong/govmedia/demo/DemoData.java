package cn.gov.nantong.govmedia.demo;

import cn.gov.nantong.govmedia.activity.ActivitySnapshots;
import cn.gov.nantong.govmedia.common.GovMediaProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the demo data set in one transaction: the script, then the activity snapshots of the last 12 weeks (one day
 * a week up to yesterday, as the daily job would have stored them) so the trend charts start filled.
 */
@Service
public class DemoData {

    /** Weeks of trend the supervision overview shows. */
    static final int TREND_WEEKS = 12;

    private final DemoDataRepository repository;
    private final ActivitySnapshots snapshots;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final ZoneId zone;

    DemoData(DemoDataRepository repository, ActivitySnapshots snapshots, TransactionalOperator transaction, Clock clock,
             GovMediaProperties properties) {
        this.repository = repository;
        this.snapshots = snapshots;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** Answers true when it loaded, false when the database already held accounts (then nothing changes). */
    public Mono<Boolean> loadIfEmpty() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return repository.lockAndCheckEmpty()
                .flatMap(empty -> !empty ? Mono.just(false)
                        : repository.load(today, zone)
                                .then(Flux.range(0, TREND_WEEKS).concatMap(week -> snapshots.store(today.minusDays(1L + 7L * week))).then())
                                .thenReturn(true))
                .as(transaction::transactional);
    }
}
