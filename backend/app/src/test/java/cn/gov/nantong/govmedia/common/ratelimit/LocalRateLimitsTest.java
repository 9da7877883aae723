package cn.gov.nantong.govmedia.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalRateLimitsTest {

    @Test
    @DisplayName("a client keeps its count while other clients come and go, and memory stays within the bound")
    void boundedWithoutForgettingActiveClients() {
        LocalRateLimits limits = new LocalRateLimits(100);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.consume("busy", 3).block().consumed()).isTrue();
        }
        for (int client = 0; client < 1_000; client++) {
            limits.consume("client-" + client, 3).block();
            if (client % 40 == 0) {
                assertThat(limits.consume("busy", 3).block().consumed()).as("still limited after %d others", client).isFalse();
            }
            assertThat(limits.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    @DisplayName("the tightest of several buckets decides")
    void tightestBucketDecides() {
        LocalRateLimits limits = new LocalRateLimits();
        var both = java.util.List.of(new RateLimits.Limit("address", 100), new RateLimits.Limit("device", 1));
        assertThat(limits.consume(both).block().consumed()).isTrue();
        var second = limits.consume(both).block();
        assertThat(second.consumed()).isFalse();
        assertThat(second.remaining()).isZero();
        assertThat(second.nanosToWait()).isPositive();
    }
}
