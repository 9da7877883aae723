package cn.gov.nantong.govmedia.common.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes simple tabular workbooks (.xlsx, fastexcel): one sheet per table, a bold header row, frozen below it. */
public final class Workbooks {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A sheet: its name, the header and the rows (String, Number or Boolean cells; null stays empty). */
    public record Sheet(String name, List<String> header, List<List<?>> rows) {
    }

    private Workbooks() {
    }

    public static byte[] xlsx(List<Sheet> sheets) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "GovMedia", "1.0");
            for (Sheet sheet : sheets) {
                write(workbook.newWorksheet(sheet.name()), sheet);
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Worksheet worksheet, Sheet sheet) {
        for (int c = 0; c < sheet.header().size(); c++) {
            worksheet.value(0, c, sheet.header().get(c));
            worksheet.width(c, 18);
        }
        worksheet.range(0, 0, 0, Math.max(0, sheet.header().size() - 1)).style().bold().fillColor("D9E1F2").set();
        worksheet.freezePane(0, 1);
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<?> row = sheet.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    worksheet.value(r + 1, c, number);
                } else if (value instanceof Boolean bool) {
                    worksheet.value(r + 1, c, bool);
                } else if (value != null) {
                    worksheet.value(r + 1, c, value.toString());
                }
            }
        }
    }
}
