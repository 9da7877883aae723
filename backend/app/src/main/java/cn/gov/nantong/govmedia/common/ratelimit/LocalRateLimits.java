package cn.gov.nantong.govmedia.common.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Buckets in this instance's memory (bounded, least recently used dropped): N instances allow N times the limit. */
class LocalRateLimits implements RateLimits {

    private static final int MAX_CLIENTS = 50_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    });

    @Override
    public Mono<Probe> consume(List<Limit> limits) {
        return Mono.just(limits.stream().map(this::consumeNow).reduce(Probe::tighter).orElseThrow());
    }

    private Probe consumeNow(Limit limit) {
        int perMinute = limit.perMinute();
        ConsumptionProbe probe = buckets.computeIfAbsent(limit.bucket(), k -> Bucket.builder()
                        .addLimit(bandwidth -> bandwidth.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build())
                .tryConsumeAndReturnRemaining(1);
        return new Probe(probe.isConsumed(), probe.getRemainingTokens(), probe.getNanosToWaitForRefill());
    }
}
