package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "确认已关停 / staff checked that the platform closed the fake (Art 30)")
record TakedownConfirmationRequest(
        @Schema(example = "2026-12-09") @NotNull @PastOrPresent LocalDate confirmedOn,
        @Schema(example = "平台回复已关停，复核页面已无法访问") @NotBlank @Size(max = 1000) String note,
        @Schema(description = "The investigation's version read", example = "1") @NotNull @PositiveOrZero Long version) {
}
