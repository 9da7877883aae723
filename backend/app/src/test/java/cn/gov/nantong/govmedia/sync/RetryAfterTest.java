package cn.gov.nantong.govmedia.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-10-21T07:26:30Z");

    @Test
    void deltaSeconds() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).isZero();
    }

    @Test
    void anHttpDateIsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:28:00 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void theObsoleteDateFormsAreReadToo() {
        assertThat(RetryAfter.parse("Wednesday, 21-Oct-26 07:28:00 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Wed Oct 21 07:28:00 2026", NOW)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Wed Oct  7 07:28:00 2026", Instant.parse("2026-10-07T07:27:00Z"))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:00:00 GMT", NOW)).isZero();
    }

    @Test
    void absentOrUnreadableMeansNotSaid() {
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("", NOW)).isNull();
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).isNull();
    }
}
