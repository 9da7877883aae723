package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.paging.OpaqueCursor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The position after one item of the public feed: its publication time (microseconds, as stored) and its id. */
record FeedCursor(OffsetDateTime publishedAt, long id) {

    /** Before every item: the first page. */
    static final FeedCursor START = new FeedCursor(OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC), Long.MAX_VALUE);
    private static final Pattern TEXT = Pattern.compile("pub:(-?\\d{1,19}):(\\d{1,19})");

    static FeedCursor after(PublicRebuttal last) {
        return new FeedCursor(last.publishedAt(), last.id());
    }

    String encode() {
        return OpaqueCursor.encode("pub:" + ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt.toInstant()) + ":" + id);
    }

    static @Nullable FeedCursor decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            Matcher text = TEXT.matcher(OpaqueCursor.decode(cursor, "after"));
            if (text.matches()) {
                Instant at = Instant.EPOCH.plus(Long.parseLong(text.group(1)), ChronoUnit.MICROS);
                return new FeedCursor(at.atOffset(ZoneOffset.UTC), Long.parseLong(text.group(2)));
            }
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException malformed) {
            // answered below like any other text that is not a cursor
        }
        throw OpaqueCursor.invalid("after");
    }
}
