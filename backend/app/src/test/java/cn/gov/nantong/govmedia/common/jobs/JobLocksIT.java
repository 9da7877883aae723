package cn.gov.nantong.govmedia.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Two instances (two JobLocks over one database) and one scheduled job. */
@IntegrationTest
class JobLocksIT {

    @Autowired
    DatabaseClient db;

    @Test
    @DisplayName("a job runs on one instance at a time, and not again before its at-least time however the clocks fire")
    void oneRunAcrossInstances() {
        JobLocks a = new JobLocks(db, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        JobLocks b = new JobLocks(db, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        AtomicInteger runs = new AtomicInteger();
        Mono<String> work = Mono.fromCallable(() -> "run " + runs.incrementAndGet());

        StepVerifier.create(a.exclusively("daily", Duration.ofHours(1), Duration.ofHours(2), work)).expectNext("run 1").verifyComplete();
        StepVerifier.create(b.exclusively("daily", Duration.ofHours(1), Duration.ofHours(2), work)).verifyComplete();
        StepVerifier.create(a.exclusively("daily", Duration.ofHours(1), Duration.ofHours(2), work)).verifyComplete();
        assertThat(runs).hasValue(1);

        StepVerifier.create(b.exclusively("other", Duration.ZERO, Duration.ofHours(2), work)).expectNext("run 2").verifyComplete();
        StepVerifier.create(a.exclusively("other", Duration.ZERO, Duration.ofHours(2), work)).as("released at once")
                .expectNext("run 3").verifyComplete();
    }

    @Test
    @DisplayName("while one instance runs the job the other skips; a failed run releases the lease too")
    void heldWhileRunning() {
        JobLocks a = new JobLocks(db, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        JobLocks b = new JobLocks(db, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        StepVerifier.create(a.exclusively("long", Duration.ZERO, Duration.ofHours(1),
                        b.exclusively("long", Duration.ZERO, Duration.ofHours(1), Mono.just("inner")).defaultIfEmpty("skipped")))
                .expectNext("skipped").verifyComplete();
        StepVerifier.create(a.exclusively("failing", Duration.ZERO, Duration.ofHours(1), Mono.error(new IllegalStateException("boom"))))
                .verifyErrorMessage("boom");
        StepVerifier.create(b.exclusively("failing", Duration.ZERO, Duration.ofHours(1), Mono.just("after"))).expectNext("after")
                .verifyComplete();
    }

    @Test
    @DisplayName("an instance that died holding the lease loses it after at-most")
    void deadHolder() {
        JobLocks dead = new JobLocks(db, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        StepVerifier.create(dead.acquire("orphan", Duration.ofMillis(300))).expectNext(true).verifyComplete();
        JobLocks survivor = new JobLocks(db, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        StepVerifier.create(survivor.acquire("orphan", Duration.ofMinutes(1))).expectNext(false).verifyComplete();
        await().atMost(Duration.ofSeconds(5)).until(() -> survivor.acquire("orphan", Duration.ofMinutes(1)).block());
    }
}
