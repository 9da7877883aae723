package cn.gov.nantong.govmedia.activity;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stores the activity snapshot of a day exactly as the daily {@code ActivitySnapshotJob} does, in the caller's
 * transaction (the demo data fills the 12 weeks of the trend charts with it).
 */
@Component
public class ActivitySnapshots {

    private final ActivityRepository repository;

    ActivitySnapshots(ActivityRepository repository) {
        this.repository = repository;
    }

    /** The rows stored for {@code day} (0 for the accounts already stored that day). */
    public Mono<Long> store(LocalDate day) {
        return repository.snapshot(day);
    }
}
