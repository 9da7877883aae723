package cn.gov.nantong.govmedia.common.document;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Entities;

/** The frame and pieces of a published notice, as XHTML that browsers show and the PDF renderer accepts. */
public final class NoticeHtml {

    private NoticeHtml() {
    }

    public static String page(String title, String body, String issuer, LocalDate date) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"/><title>%1$s</title><style>
                  body { font-family: %2$s, "Noto Sans CJK SC", sans-serif; font-size: 11pt; line-height: 1.7; margin: 24px; }
                  h1 { text-align: center; font-size: 17pt; }
                  h2 { font-size: 13pt; margin-top: 18px; }
                  table { border-collapse: collapse; width: 100%%; margin: 8px 0; }
                  th, td { border: 1px solid #555; padding: 3px 6px; font-size: 9.5pt; text-align: left; }
                  th { background: #e8edf5; }
                  .fail { color: #b00000; }
                  .right { text-align: right; }
                </style></head><body>
                <h1>%1$s</h1>
                %3$s
                <p class="right">%4$s</p>
                <p class="right">%5$d年%6$d月%7$d日</p>
                </body></html>
                """.formatted(e(title), PdfRenderer.FONT_FAMILY, body, e(issuer), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** A table with a header row; cells are escaped text. */
    public static String table(List<String> header, List<List<?>> rows) {
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        header.forEach(h -> html.append("<th>").append(e(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<?> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(cell == null ? "" : e(cell.toString())).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    public static String paragraph(String text) {
        return "<p>" + e(text) + "</p>";
    }

    public static String heading(String text) {
        return "<h2>" + e(text) + "</h2>";
    }

    /** "2026-Q4" as 2026年第四季度. */
    public static String quarter(String quarter) {
        return quarter.substring(0, 4) + "年第" + "一二三四".charAt(quarter.charAt(6) - '1') + "季度";
    }

    private static String e(String text) {
        return Entities.escape(text);
    }
}
