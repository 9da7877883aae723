package cn.gov.nantong.govmedia.common;

import cn.gov.nantong.govmedia.support.NonBlockingGuard;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The guard every integration test runs under really refuses blocking calls on non-blocking threads. */
class NonBlockingGuardTest {

    @BeforeAll
    static void install() {
        NonBlockingGuard.install();
    }

    @Test
    void aBlockingCallOnAParallelThreadFails() {
        Mono<String> blocking = Mono.fromCallable(() -> {
            LockSupport.parkNanos(1_000);
            return "parked";
        }).subscribeOn(Schedulers.parallel());
        StepVerifier.create(blocking).expectError(BlockingOperationError.class).verify(Duration.ofSeconds(10));
    }

    @Test
    void theSameCallOnTheBoundedElasticSchedulerIsAllowed() {
        Mono<String> offloaded = Mono.fromCallable(() -> {
            LockSupport.parkNanos(1_000);
            return "parked";
        }).subscribeOn(Schedulers.boundedElastic());
        StepVerifier.create(offloaded).expectNext("parked").expectComplete().verify(Duration.ofSeconds(10));
    }
}
