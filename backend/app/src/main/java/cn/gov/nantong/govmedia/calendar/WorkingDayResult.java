package cn.gov.nantong.govmedia.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "N 个工作日后的日期 / the date N working days after a start date")
public record WorkingDayResult(
        @Schema(example = "2024-09-30") LocalDate from,
        @Schema(example = "3") int days,
        @Schema(description = "The last day of the period", example = "2024-10-10") LocalDate date,
        @Schema(description = "False when a year in the period has no holiday data (then Mon–Fri is used)", example = "true")
        boolean calendarComplete,
        @Schema(description = "Years without holiday data in the period", example = "[]") List<Integer> missingYears,
        @Schema(example = "按国务院节假日安排计算") String note) {
}
