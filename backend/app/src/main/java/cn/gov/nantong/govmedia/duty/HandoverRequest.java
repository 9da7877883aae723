package cn.gov.nantong.govmedia.duty;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(description = "交接班记录 / what the person on duty hands over")
record HandoverRequest(
        @Schema(example = "夜间无舆情，后台留言 3 条已转办") @NotBlank @Size(max = 2000) String note,
        @Schema(description = "The version read; a stale one is refused with 409", example = "0") @NotNull @PositiveOrZero Long version) {
}
