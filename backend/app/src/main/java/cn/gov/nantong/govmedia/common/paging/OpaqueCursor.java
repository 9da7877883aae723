package cn.gov.nantong.govmedia.common.paging;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The wire form of every continuation cursor: the position's text in unpadded base64url, so clients treat it as
 * opaque. Each list parses its own text and answers anything else with {@link #invalid}.
 */
public final class OpaqueCursor {

    private OpaqueCursor() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The position's text, or the problem {@link #invalid} for the query parameter {@code field}. */
    public static String decode(String cursor, String field) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid(field);
        }
    }

    public static ApiProblemException invalid(String field) {
        return ApiProblemException.invalidField(field, "Cursor", "游标无效，请使用上一页返回的 nextCursor",
                "invalid cursor; pass the nextCursor of the previous page");
    }
}
