package cn.gov.nantong.govmedia.complaint;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Public text is stored as plain text: control characters are refused (400 naming the field), HTML is stripped
 * until nothing of it is left (so entity-encoded markup cannot come back to life), whitespace is trimmed.
 */
public final class PlainText {

    private static final Document.OutputSettings RAW = new Document.OutputSettings().prettyPrint(false);

    private PlainText() {
    }

    /** For one-line fields: no control characters at all. */
    public static @Nullable String line(String field, @Nullable String value) {
        return clean(field, value, false);
    }

    /** For multi-line fields: line breaks and tabs allowed. */
    public static @Nullable String text(String field, @Nullable String value) {
        return clean(field, value, true);
    }

    private static @Nullable String clean(String field, @Nullable String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = multiLine && (c == '\n' || c == '\r' || c == '\t');
            if (!allowed && (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029')) {
                throw ApiProblemException.invalidField(field, "ControlCharacter", "不能包含控制字符",
                        "must not contain control characters");
            }
        }
        String text = value;
        for (int pass = 0; pass < 4; pass++) {
            String stripped = Parser.unescapeEntities(Jsoup.clean(text, "", Safelist.none(), RAW), false);
            if (stripped.equals(text)) {
                break;
            }
            text = stripped;
        }
        text = text.strip();
        if (text.isEmpty()) {
            throw ApiProblemException.invalidField(field, "NotBlank", "去除网页标记后不能为空", "must not be blank once markup is removed");
        }
        return text;
    }
}
