package cn.gov.nantong.govmedia.publication;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "导入结果 / the result of an import: every row is stored, or none is and each bad row is listed")
record ImportReport(
        @Schema(example = "120") int rows,
        @Schema(example = "118") int imported,
        @Schema(description = "Rows already recorded (same account and URL), skipped", example = "2") int duplicates,
        List<RowError> errors) {

    @Schema(description = "一行中的一个错误 / one error in one row")
    record RowError(
            @Schema(description = "Line number in the file, the header is line 1", example = "7") int line,
            @Schema(example = "发布时间") String column,
            @Schema(example = "时间格式应为 2026-11-27 09:30") String message) {
    }
}
