package cn.gov.nantong.govmedia.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(10);

    @Test
    void growsExponentiallyWithJitterWithinHalfToFullOfTheCeiling() {
        Random random = new Random(42);
        for (int attempt = 1; attempt <= 8; attempt++) {
            long ceiling = Math.min(MAX.toMillis(), INITIAL.toMillis() << (attempt - 1));
            for (int i = 0; i < 50; i++) {
                long delay = Backoff.next(attempt, INITIAL, MAX, null, random).toMillis();
                assertThat(delay).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void isCappedAndNeverOverflows() {
        assertThat(Backoff.next(60, INITIAL, MAX, null, new Random(1))).isLessThanOrEqualTo(MAX);
    }

    @Test
    void aLongerRetryAfterWinsAShorterOneDoesNot() {
        assertThat(Backoff.next(1, INITIAL, MAX, Duration.ofSeconds(30), new Random(1))).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.next(5, INITIAL, MAX, Duration.ofMillis(1), new Random(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(16));
    }
}
