package cn.gov.nantong.govmedia.common.ratelimit;

import java.util.List;
import reactor.core.publisher.Mono;

/** Token buckets of N requests a minute per key: in this instance's memory, or shared by all instances in Redis. */
public interface RateLimits {

    /**
     * Takes one token from each of the buckets that has one. The request may pass only if every bucket gave one; the
     * answer reports the tightest bucket.
     */
    Mono<Probe> consume(List<Limit> limits);

    default Mono<Probe> consume(String key, int perMinute) {
        return consume(List.of(new Limit(key, perMinute)));
    }

    record Limit(String key, int perMinute) {

        String bucket() {
            return key + "/" + perMinute;
        }
    }

    record Probe(boolean consumed, long remaining, long nanosToWait) {

        static Probe tighter(Probe a, Probe b) {
            return new Probe(a.consumed && b.consumed, Math.min(a.remaining, b.remaining), Math.max(a.nanosToWait, b.nanosToWait));
        }
    }
}
