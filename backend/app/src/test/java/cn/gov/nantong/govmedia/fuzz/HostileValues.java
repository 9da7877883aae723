package cn.gov.nantong.govmedia.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Inputs a hostile or careless client sends: injections, unicode edge cases, wrong types, oversized and malformed data. */
final class HostileValues {

    static final List<String> STRINGS = List.of(
            "", " ", "\t\r\n", "null", "undefined", "NaN", "-0", "1e309", "0x7fffffff", "true",
            "' OR '1'='1", "1; DROP TABLE accounts; --", "\" OR 1=1 --", "1' UNION SELECT password FROM pg_shadow --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:ldap://x/a}",
            "{{7*7}}", "%s%s%s%n", "../../../../etc/passwd", "%00", "\u0000", "a\u0000b", "\u202Eabc", "\u200B\u200D\uFEFF",
            "\uD800", "\uDFFF\uD800", "👨‍👩‍👧‍👦🀄️", "𠀀𪚥𰻝", "Ｓｅｌｅｃｔ", "\u0007\u001B[31m", "ß\u0130\u0131",
            "字".repeat(5001), "a".repeat(70_000), "\\", "\\u0000", "\"", "'", "*", "%", "_", "?", "#", "&", "=");

    private HostileValues() {
    }

    static String string(Random random) {
        return STRINGS.get(random.nextInt(STRINGS.size()));
    }

    /** Whole bodies that are not what any operation expects. */
    static byte[] body(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> new byte[0];
            case 1 -> "{".getBytes(StandardCharsets.UTF_8);
            case 2 -> "[".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
            case 4 -> "[1,2,3]".getBytes(StandardCharsets.UTF_8);
            case 5 -> "\"text\"".getBytes(StandardCharsets.UTF_8);
            case 6 -> "null".getBytes(StandardCharsets.UTF_8);
            case 7 -> new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0x00};
            case 8 -> "{\"n\": 1e999999, \"m\": 123456789012345678901234567890}".getBytes(StandardCharsets.UTF_8);
            case 9 -> "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
            case 10 -> ("{\"x\":\"" + "字".repeat(600_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            default -> "<xml><a>1</a></xml>".getBytes(StandardCharsets.UTF_8);
        };
    }

    static String pathSegment(Random random) {
        List<String> segments = List.of("-1", "0", "9223372036854775807", "9223372036854775808", "99999999999999999999",
                "1.5", "abc", "1;drop table accounts", "%00", "字", "..", "%2e%2e", " ", "1 OR 1=1", "null");
        return segments.get(random.nextInt(segments.size()));
    }

    static String contentType(Random random) {
        List<String> types = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/json; charset=nonsense",
                "garbage", "application/*", "application/json;;;", "image/png");
        return types.get(random.nextInt(types.size()));
    }

    static String accept(Random random) {
        List<String> types = List.of("application/xml", "text/html", "image/png", "garbage", "*/*;q=nonsense",
                "application/json;q=0", "text/event-stream", "application/x-ndjson");
        return types.get(random.nextInt(types.size()));
    }

    static String authorization(Random random) {
        List<String> values = List.of("Bearer", "Bearer ", "Bearer abc.def.ghi", "Basic Y2l0eS1hZG1pbjpkZW1v",
                "Bearer " + "a".repeat(8_000), "bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Digest x", "Bearer 字");
        return values.get(random.nextInt(values.size()));
    }
}
