package cn.gov.nantong.govmedia.common.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Buckets in this instance's memory: N instances allow N times the limit. No lock on the way of a request: the buckets
 * are lock-free and live in two generations of concurrent maps. When the current generation holds half the bound, it
 * becomes the previous one and the oldest is dropped; a client seen in between moves its bucket (and its count) along.
 */
class LocalRateLimits implements RateLimits {

    static final int MAX_CLIENTS = 50_000;

    private record Generations(ConcurrentHashMap<String, Bucket> current, ConcurrentHashMap<String, Bucket> previous) {
    }

    private final int maxClients;
    private volatile Generations generations = new Generations(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

    LocalRateLimits() {
        this(MAX_CLIENTS);
    }

    LocalRateLimits(int maxClients) {
        this.maxClients = maxClients;
    }

    @Override
    public Mono<Probe> consume(List<Limit> limits) {
        return Mono.just(limits.stream().map(this::consumeNow).reduce(Probe::tighter).orElseThrow());
    }

    /** How many clients' buckets are kept, at most {@code maxClients}. */
    int size() {
        Generations now = generations;
        return now.current.size() + now.previous.size();
    }

    private Probe consumeNow(Limit limit) {
        ConsumptionProbe probe = bucket(limit).tryConsumeAndReturnRemaining(1);
        return new Probe(probe.isConsumed(), probe.getRemainingTokens(), probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(Limit limit) {
        Generations seen = generations;
        Bucket bucket = seen.current.get(limit.bucket());
        if (bucket != null) {
            return bucket;
        }
        Bucket earlier = seen.previous.get(limit.bucket());
        bucket = seen.current.computeIfAbsent(limit.bucket(), key -> earlier != null ? earlier : fresh(limit.perMinute()));
        if (seen.current.size() >= maxClients / 2) {
            rotate(seen);
        }
        return bucket;
    }

    /** Rare (once per maxClients / 2 new clients), so a lock here costs nothing on the common path. */
    private synchronized void rotate(Generations seen) {
        if (generations == seen) {
            generations = new Generations(new ConcurrentHashMap<>(), seen.current);
        }
    }

    private static Bucket fresh(int perMinute) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
