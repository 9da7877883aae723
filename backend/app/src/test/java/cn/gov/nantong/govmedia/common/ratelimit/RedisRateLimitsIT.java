package cn.gov.nantong.govmedia.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
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
    @DisplayName("a request's address and device buckets are taken in one call; the tighter one decides and is reported")
    void bothBucketsInOneCall() {
        String prefix = "govmedia-test:" + UUID.randomUUID() + ":";
        List<RateLimits.Limit> buckets = List.of(new RateLimits.Limit("ip:198.51.100.3", 10), new RateLimits.Limit("device:d-1", 3));
        try (RedisRateLimits limits = new RedisRateLimits(REDIS, prefix, PATIENT)) {
            List<RateLimits.Probe> probes = Flux.range(0, 5).concatMap(i -> limits.consume(buckets)).collectList().block();
            assertThat(probes).extracting(RateLimits.Probe::consumed).containsExactly(true, true, true, false, false);
            assertThat(probes).extracting(RateLimits.Probe::remaining).containsExactly(2L, 1L, 0L, 0L, 0L);
            assertThat(probes.get(3).nanosToWait()).as("a token of 3 a minute comes within 20 s")
                    .isBetween(1L, Duration.ofSeconds(20).toNanos());
            assertThat(limits.consume("ip:198.51.100.3", 10).block().remaining())
                    .as("the address bucket gave a token to each of the five requests").isEqualTo(4);
        }
    }

    @Test
    @DisplayName("Redis restarted (its scripts gone): the script is sent again and the buckets keep counting")
    void scriptSentAgainAfterRestart() {
        String prefix = "govmedia-test:" + UUID.randomUUID() + ":";
        RedisClient client = RedisClient.create(REDIS);
        try (RedisRateLimits limits = new RedisRateLimits(REDIS, prefix, PATIENT);
             StatefulRedisConnection<String, String> admin = client.connect()) {
            assertThat(limits.consume("ip:198.51.100.4", 2).block().consumed()).isTrue();
            admin.sync().scriptFlush();
            assertThat(limits.consume("ip:198.51.100.4", 2).block()).extracting(RateLimits.Probe::consumed, RateLimits.Probe::remaining)
                    .containsExactly(true, 0L);
            assertThat(limits.consume("ip:198.51.100.4", 2).block().consumed()).isFalse();
        } finally {
            client.shutdown();
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
