package cn.gov.nantong.govmedia.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "记录表彰 / a commendation to record (Art 33.1)")
record CommendationRequest(
        @Schema(description = "The assessment year it is for, 2019 to this year", example = "2026") @NotNull Integer year,
        @Schema(example = "PERSON") @NotNull CommendationKind kind,
        @Schema(description = "The unit commended, or the person's unit; in the caller's subtree", example = "19")
        @NotNull @Positive Long organizationId,
        @Schema(description = "Required for PERSON, empty for UNIT", example = "王敏") @Size(max = 50) @Nullable String personName,
        @Schema(example = "全年原创发布 312 篇，留言办结率 100%") @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "Not before 1 January of the year", example = "2026-12-04") @NotNull @PastOrPresent LocalDate decidedOn) {
}
