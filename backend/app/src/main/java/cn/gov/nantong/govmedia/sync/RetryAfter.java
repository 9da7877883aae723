package cn.gov.nantong.govmedia.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** A {@code Retry-After} value (RFC 9110 §10.2.3): delta-seconds or an HTTP-date; a date already past asks for no wait. */
final class RetryAfter {

    /** IMF-fixdate, then the obsolete RFC 850 and asctime forms a recipient must still accept (RFC 9110 §5.6.7). */
    private static final List<DateTimeFormatter> HTTP_DATES = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

    private RetryAfter() {
    }

    /** The wait asked for, or null when the value is absent or unreadable. */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim().replaceAll("\\s+", " ");
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(text));
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        for (DateTimeFormatter format : HTTP_DATES) {
            try {
                Duration wait = Duration.between(now, ZonedDateTime.parse(text, format).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return null;
    }
}
