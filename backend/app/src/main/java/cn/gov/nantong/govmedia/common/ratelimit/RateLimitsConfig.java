package cn.gov.nantong.govmedia.common.ratelimit;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With GOVMEDIA_REDIS_URL the public limits hold across all instances; without it (the embedded default) per instance. */
@Configuration
class RateLimitsConfig {

    @Bean
    RateLimits rateLimits(@Value("${govmedia.redis-url:}") String redisUrl,
                          @Value("${govmedia.rate-limit-prefix:govmedia:ratelimit:}") String prefix,
                          @Value("${govmedia.redis-timeout}") Duration timeout) {
        return redisUrl.isBlank() ? new LocalRateLimits() : new RedisRateLimits(redisUrl, prefix, timeout);
    }
}
