package cn.gov.nantong.govmedia.common.ratelimit;

import reactor.core.publisher.Mono;

/** Token buckets of N requests a minute per key: in this instance's memory, or shared by all instances in Redis. */
public interface RateLimits {

    /** Takes one token from the key's bucket, if there is one. */
    Mono<Probe> consume(String key, int perMinute);

    record Probe(boolean consumed, long remaining, long nanosToWait) {
    }
}
