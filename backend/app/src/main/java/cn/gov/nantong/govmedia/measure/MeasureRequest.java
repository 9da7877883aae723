package cn.gov.nantong.govmedia.measure;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "记录监管措施 / record a measure (Art 34): against an account (accountId) or an organization (organizationId)")
record MeasureRequest(
        @Schema(example = "WARNING") @NotNull MeasureType type,
        @Schema(description = "The account; its host organization is the organization", example = "1") @Positive @Nullable Long accountId,
        @Schema(description = "The organization, when the measure is not against one account", example = "19") @Positive @Nullable Long organizationId,
        @Schema(example = "2026年第四季度抽查连续两周未更新，经约谈仍未整改") @NotBlank @Size(max = 2000) String basis,
        @Schema(example = "通政办〔2026〕31号") @Size(max = 100) @Nullable String documentNumber,
        @Schema(example = "2026-11-20") @NotNull @PastOrPresent LocalDate decidedOn,
        @Schema(description = "ORDERED_CLOSURE: first day of the closure announcement (default today)", example = "2026-11-23")
        @Nullable LocalDate announcementStartsOn) {
}
