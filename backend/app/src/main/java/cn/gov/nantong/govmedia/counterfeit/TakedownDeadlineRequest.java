package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

@Schema(description = "关停期限 / a new deadline for the platform to close a confirmed fake (Art 30)")
record TakedownDeadlineRequest(
        @Schema(description = "Today or later", example = "2026-12-18") @NotNull LocalDate deadline,
        @Schema(description = "The investigation's version read", example = "1") @NotNull @PositiveOrZero Long version) {
}
