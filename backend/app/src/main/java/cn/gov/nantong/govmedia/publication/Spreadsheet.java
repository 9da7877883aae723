package cn.gov.nantong.govmedia.publication;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The first sheet of an uploaded .xlsx workbook as rows of text cells, as a CSV import would see them. */
final class Spreadsheet {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Spreadsheet() {
    }

    /**
     * Reads at most maxRows rows (one more than allowed is enough to report "too many"). Empty trailing cells are
     * absent from the file, so short rows are padded to the header's width.
     */
    static List<List<String>> rows(byte[] workbook, int maxRows) {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook), new ReadingOptions(true, false));
             Stream<Row> sheet = book.getFirstSheet().openStream()) {
            List<List<String>> rows = new ArrayList<>();
            sheet.limit(maxRows + 1L).forEach(row -> rows.add(cells(row)));
            int width = rows.isEmpty() ? 0 : rows.get(0).size();
            rows.forEach(row -> {
                while (row.size() < width) {
                    row.add("");
                }
            });
            return rows;
        } catch (IOException | RuntimeException e) {
            throw ApiProblemException.unprocessable("UNREADABLE_WORKBOOK", "无法读取文件", "Unreadable file",
                    "无法读取该 Excel 文件，请上传 .xlsx 格式的工作簿", "the file is not a readable .xlsx workbook", null, List.of());
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("yy") || format.contains("h:mm"))) {
                return cell.asDate().format(MINUTES);
            }
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText().trim();
    }
}
