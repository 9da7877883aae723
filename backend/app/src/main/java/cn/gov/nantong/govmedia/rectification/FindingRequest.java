package cn.gov.nantong.govmedia.rectification;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "省级检查发现的问题 / a finding of a provincial check")
record FindingRequest(
        @Schema(description = "The province's id; a repeat is answered with the first result", example = "JS-F-2026-0001")
        @NotBlank @Size(max = 64) String findingId,
        @Schema(description = "Our account id, as in the change feed and the snapshot", example = "1") @NotNull @Positive Long accountId,
        @Schema(example = "NO_UPDATE_TWO_WEEKS") @NotNull FindingCategory category,
        @Schema(example = "检查日前两周内未更新") @NotBlank @Size(max = 2000) String description,
        @Schema(example = "2026-11-20") @NotNull LocalDate foundOn,
        @Schema(example = "2026-12-04") @NotNull LocalDate rectificationDeadline) {
}
