package cn.gov.nantong.govmedia.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "一天的安排 / one day of the notice")
public record CalendarDay(
        @Schema(example = "2026-10-01") @NotNull LocalDate date,
        @Schema(example = "国庆节") @NotBlank @Size(max = 50) String name) {
}
