package cn.gov.nantong.govmedia.common.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Buckets shared by every instance, in Redis (bucket4j's compare-and-swap over Lettuce's asynchronous API, so no
 * thread waits). Redis unreachable or slow: this instance's own buckets answer instead, so the public service stays up
 * with a per-instance limit until Redis is back.
 */
class RedisRateLimits implements RateLimits, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimits.class);
    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final AsyncProxyManager<String> buckets;
    private final LocalRateLimits fallback = new LocalRateLimits();
    private final String prefix;
    private final Duration timeout;

    RedisRateLimits(String redisUrl, String prefix, Duration timeout) {
        this.client = RedisClient.create(redisUrl);
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.buckets = LettuceBasedProxyManager.builderFor(connection)
                .withExpirationStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build().asAsync();
        this.prefix = prefix;
        this.timeout = timeout;
    }

    @Override
    public Mono<Probe> consume(String key, int perMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        return Mono.fromFuture(() -> buckets.builder()
                        .build(prefix + key + "/" + perMinute, () -> CompletableFuture.completedFuture(configuration))
                        .tryConsumeAndReturnRemaining(1))
                .map(probe -> new Probe(probe.isConsumed(), probe.getRemainingTokens(), probe.getNanosToWaitForRefill()))
                .timeout(timeout)
                .onErrorResume(error -> {
                    log.warn("shared rate limit unavailable, this instance's limit applies: {}", error.toString());
                    return fallback.consume(key, perMinute);
                });
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
