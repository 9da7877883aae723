package cn.gov.nantong.govmedia.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with full jitter, capped; a Retry-After from the province wins when it asks for longer. */
final class Backoff {

    private Backoff() {
    }

    static Duration next(int attempt, Duration initial, Duration max, Duration retryAfter, RandomGenerator random) {
        long ceiling = Math.min(max.toMillis(), initial.toMillis() * (1L << Math.min(attempt - 1, 30)));
        long jittered = ceiling / 2 + (ceiling <= 1 ? 0 : random.nextLong(ceiling / 2 + 1));
        Duration delay = Duration.ofMillis(jittered);
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }
}
