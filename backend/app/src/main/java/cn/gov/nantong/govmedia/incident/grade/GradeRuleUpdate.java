package cn.gov.nantong.govmedia.incident.grade;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

@Schema(description = "修改分级时限 / new deadlines of a grade, in minutes (1 to 10080, a week)")
public record GradeRuleUpdate(
        @Schema(example = "60") @NotNull @Min(1) @Max(10080) Integer reportWithinMinutes,
        @Schema(example = "300") @NotNull @Min(1) @Max(10080) Integer responseWithinMinutes,
        @Schema(example = "240") @NotNull @Min(1) @Max(10080) Integer updateEveryMinutes,
        @Schema(example = "120") @NotNull @Min(1) @Max(10080) Integer takedownWithinMinutes,
        @Schema(example = "0") @NotNull @PositiveOrZero Long version) {
}
