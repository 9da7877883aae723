package cn.gov.nantong.govmedia.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

@Schema(description = "录入或更正一年的节假日安排 / add or correct a year")
record CalendarYearRequest(
        @Schema(example = "国务院办公厅关于2027年部分节假日安排的通知") @NotBlank @Size(max = 200) String source,
        @NotNull @Size(max = 60) List<@Valid @NotNull CalendarDay> holidays,
        @NotNull @Size(max = 20) List<@Valid @NotNull CalendarDay> makeUpWorkdays) {
}
