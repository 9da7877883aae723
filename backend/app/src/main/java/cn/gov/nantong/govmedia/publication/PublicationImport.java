package cn.gov.nantong.govmedia.publication;

import cn.gov.nantong.govmedia.common.web.FieldViolation;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the import file row by row: 账号ID, 发布时间, 类型, 标题, 链接, 来源. Either every row is valid and
 * becomes a publication, or the caller gets every bad row back and nothing is stored.
 */
final class PublicationImport {

    static final List<String> HEADER = List.of("账号ID", "发布时间", "类型", "标题", "链接", "来源");
    static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    record Row(int line, long accountId, OffsetDateTime publishedAt, String origin, String title, String url, String sourceName) {
    }

    record Parsed(List<Row> rows, List<FieldViolation> errors) {
    }

    private PublicationImport() {
    }

    static Parsed parse(List<List<String>> lines, ZoneId zone, Set<Long> visibleAccounts, OffsetDateTime now) {
        List<Row> rows = new ArrayList<>();
        List<FieldViolation> errors = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).stream().map(String::trim).toList().equals(HEADER)) {
            errors.add(error(1, "表头", "表头须为：" + String.join(",", HEADER), "the header must be: 账号ID,发布时间,类型,标题,链接,来源"));
            return new Parsed(rows, errors);
        }
        if (lines.size() - 1 > MAX_ROWS) {
            errors.add(error(1, "文件", "一次最多导入 " + MAX_ROWS + " 行", "at most " + MAX_ROWS + " rows per import"));
            return new Parsed(rows, errors);
        }
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() != HEADER.size()) {
                errors.add(error(line, "行", "应有 " + HEADER.size() + " 列，实有 " + cells.size() + " 列",
                        "expected " + HEADER.size() + " columns, found " + cells.size()));
                continue;
            }
            int before = errors.size();
            Long accountId = null;
            try {
                accountId = Long.parseLong(cells.get(0).trim());
                if (!visibleAccounts.contains(accountId)) {
                    errors.add(error(line, "账号ID", "账号不存在或不在您的管辖范围内", "no such account in your scope"));
                }
            } catch (NumberFormatException e) {
                errors.add(error(line, "账号ID", "账号ID须为数字", "the account id must be a number"));
            }
            OffsetDateTime publishedAt = time(cells.get(1).trim(), zone);
            if (publishedAt == null) {
                errors.add(error(line, "发布时间", "时间格式应为 2026-11-27 09:30", "the time must look like 2026-11-27 09:30"));
            } else if (publishedAt.isAfter(now)) {
                errors.add(error(line, "发布时间", "发布时间不能晚于现在", "the time must not be in the future"));
            }
            String origin = switch (cells.get(2).trim()) {
                case "原创", "ORIGINAL" -> "ORIGINAL";
                case "转载", "REPOST" -> "REPOST";
                default -> null;
            };
            if (origin == null) {
                errors.add(error(line, "类型", "类型须为 原创 或 转载", "the type must be 原创 or 转载"));
            }
            String title = cells.get(3).trim();
            if (title.isEmpty() || title.length() > 200) {
                errors.add(error(line, "标题", "标题不能为空且不超过 200 字", "the title is required, at most 200 characters"));
            }
            String url = cells.get(4).trim();
            if (!url.matches("^https?://\\S{1,990}$")) {
                errors.add(error(line, "链接", "链接须以 http:// 或 https:// 开头", "the link must start with http:// or https://"));
            }
            String source = cells.get(5).trim();
            if ("REPOST".equals(origin) && source.isEmpty()) {
                errors.add(error(line, "来源", "转载须注明来源（《办法》第二十一条）", "a repost must name its source (Art 21)"));
            }
            if (errors.size() == before) {
                rows.add(new Row(line, accountId, publishedAt, origin, title, url, source.isEmpty() ? null : source));
            }
        }
        return new Parsed(rows, errors);
    }

    private static OffsetDateTime time(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text, LOCAL).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static FieldViolation error(int line, String column, String zh, String en) {
        return new FieldViolation("第" + line + "行·" + column, "Row", "第 " + line + " 行“" + column + "”：" + zh,
                "line " + line + " (" + column + "): " + en);
    }
}
