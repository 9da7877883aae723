package cn.gov.nantong.govmedia.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * Against a real Redis (GOVMEDIA_TEST_REDIS_URL, default the machine's 127.0.0.1:6379; `make test` leaves this class
 * out, saying so, where no Redis answers). Two limiters play two API instances.
 */
@Tag("redis")
class RedisRateLimitsIT {

    static final String REDIS = System.getenv().getOrDefault("GOVMEDIA_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    /** Long enough that a busy test machine never falls back to the local buckets, which would make the count unexact. */
    static final Duration PATIENT = Duration.ofSeconds(10);

    @Test
    @DisplayName("the public limit holds across instances: exactly the limit is allowed, whichever instance is asked")
    void sharedAcrossInstances() {
        String prefix = "govmedia-test:" + UUID.randomUUID() + ":";
        try (RedisRateLimits a = new RedisRateLimits(REDIS, prefix, PATIENT); RedisRateLimits b = new RedisRateLimits(REDIS, prefix, PATIENT)) {
            List<Boolean> allowed = Flux.range(0, 20)
                    .concatMap(i -> (i % 2 == 0 ? a : b).consume("ip:198.51.100.1", 7))
                    .map(RateLimits.Probe::consumed).collectList().block();
            assertThat(allowed).filteredOn(Boolean::booleanValue).hasSize(7);
            assertThat(allowed.subList(0, 7)).containsOnly(true);
            RateLimits.Probe refused = b.consume("ip:198.51.100.1", 7).block();
            assertThat(refused.consumed()).isFalse();
            assertThat(refused.nanosToWait()).isPositive();
            assertThat(a.consume("ip:203.0.113.9", 7).block().consumed()).as("another client, another bucket").isTrue();
        }
    }

    @Test
    @DisplayName("Redis unreachable: the instance's own limit applies instead of an error")
    void fallsBackWhenRedisIsGone() {
        try (RedisRateLimits unreachable = new RedisRateLimits(REDIS, "govmedia-test:" + UUID.randomUUID() + ":", PATIENT)) {
            unreachable.close();
            List<Boolean> allowed = Flux.range(0, 4).concatMap(i -> unreachable.consume("ip:198.51.100.2", 3))
                    .map(RateLimits.Probe::consumed).collectList().block();
            assertThat(allowed).containsExactly(true, true, true, false);
        }
    }
}
