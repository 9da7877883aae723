package cn.gov.nantong.govmedia.common.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * One lock for every scheduled job, shared by all instances: a row per job in {@code job_locks} holds a lease. A job
 * runs where the lease was taken and nowhere else; {@code atLeast} keeps it taken after a quick run, so an instance
 * whose clock fires a little later does not run the same daily job again; {@code atMost} frees it when the holder died.
 * A table rather than ShedLock, whose lock calls block: this one is two non-blocking statements.
 */
@Repository
public class JobLocks {

    private final DatabaseClient db;
    private final MeterRegistry registry;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    public JobLocks(DatabaseClient db, MeterRegistry registry) {
        this.db = db;
        this.registry = registry;
    }

    /** Runs {@code work} if this instance gets the job's lease; empty when another instance holds it. */
    public <T> Mono<T> exclusively(String job, Duration atLeast, Duration atMost, Mono<T> work) {
        return acquire(job, atMost).filter(Boolean::booleanValue)
                .flatMap(acquired -> timed(job, work).materialize()
                        .flatMap(outcome -> release(job, atLeast).thenReturn(outcome))
                        .dematerialize());
    }

    private <T> Mono<T> timed(String job, Mono<T> work) {
        Timer timer = Timer.builder("govmedia.job.duration").description("scheduled job runs on this instance").tag("task", job)
                .register(registry);
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return work.doFinally(signal -> timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
        });
    }

    Mono<Boolean> acquire(String job, Duration atMost) {
        return db.sql("""
                        insert into job_locks (name, locked_at, locked_until, locked_by)
                        values (:name, now(), now() + make_interval(secs => :atMost), :instance)
                        on conflict (name) do update
                           set locked_at = excluded.locked_at, locked_until = excluded.locked_until, locked_by = excluded.locked_by
                         where job_locks.locked_until <= now()
                        returning name""")
                .bind("name", job).bind("atMost", (double) atMost.toMillis() / 1000).bind("instance", instance)
                .map(row -> true).one().defaultIfEmpty(false);
    }

    Mono<Void> release(String job, Duration atLeast) {
        return db.sql("""
                        update job_locks set locked_until = greatest(now(), locked_at + make_interval(secs => :atLeast))
                         where name = :name and locked_by = :instance""")
                .bind("name", job).bind("atLeast", (double) atLeast.toMillis() / 1000).bind("instance", instance)
                .then();
    }
}
