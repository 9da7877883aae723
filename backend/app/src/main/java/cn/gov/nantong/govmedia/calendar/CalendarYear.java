package cn.gov.nantong.govmedia.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "一年的节假日安排 / a year's holiday arrangement")
public record CalendarYear(
        @Schema(example = "2026") int year,
        @Schema(description = "False when no notice is on file; Monday to Friday is then assumed", example = "true") boolean known,
        @Schema(example = "国务院办公厅关于2026年部分节假日安排的通知") @Nullable String source,
        @Nullable OffsetDateTime updatedAt,
        @Schema(example = "city-admin") @Nullable String updatedBy,
        List<CalendarDay> holidays,
        List<CalendarDay> makeUpWorkdays) {
}
