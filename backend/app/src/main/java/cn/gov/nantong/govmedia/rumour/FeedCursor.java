package cn.gov.nantong.govmedia.rumour;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
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
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, publishedAt.toInstant());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("pub:" + micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static @Nullable FeedCursor decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            Matcher text = TEXT.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (text.matches()) {
                Instant at = Instant.EPOCH.plus(Long.parseLong(text.group(1)), ChronoUnit.MICROS);
                return new FeedCursor(at.atOffset(ZoneOffset.UTC), Long.parseLong(text.group(2)));
            }
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException malformed) {
            // answered below like any other text that is not a cursor
        }
        throw ApiProblemException.invalidField("after", "Cursor", "游标无效，请使用上一页返回的 nextCursor",
                "invalid cursor; pass the nextCursor of the previous page");
    }
}
