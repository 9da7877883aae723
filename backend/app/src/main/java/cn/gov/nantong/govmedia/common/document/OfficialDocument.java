package cn.gov.nantong.govmedia.common.document;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document sent out under the layout of Chinese official documents (GB/T 9704-2012): the masthead (版头) with the
 * document number (发文字号), the title, the main addressee (主送机关), the body, the signatory (落款) and the date
 * (成文日期), and the imprint (版记) naming who printed it. Rendered by {@link OfficialDocuments}.
 *
 * @param masthead the issuing authority's mark, e.g. 南通市人民政府办公室文件
 * @param number   the document number, e.g. 通政办〔2026〕12号; absent: 〔year〕 号 left to fill in
 * @param imprint  who prints it (印发机关); absent: no imprint, as in a letter
 */
public record OfficialDocument(String masthead, @Nullable String number, String title, String addressee, List<Block> body,
                               String signatory, LocalDate date, @Nullable String imprint) {

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A first-level heading: 一、… */
    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A table with a header row; cells are plain text. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {

        public static Table of(List<String> header, List<List<?>> rows) {
            return new Table(header, rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell.toString()).toList()).toList());
        }
    }

    /** The number as printed: the given one, or 〔year〕 with the sequence left blank. */
    public String numberText() {
        return number != null ? number : "〔" + date.getYear() + "〕　号";
    }

    /** 成文日期 in Arabic numerals with 年月日 (GB/T 9704-2012, 7.3.5.3). */
    public String dateText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
