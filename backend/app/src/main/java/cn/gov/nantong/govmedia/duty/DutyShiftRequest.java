package cn.gov.nantong.govmedia.duty;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "排班 / a shift to add to the roster")
record DutyShiftRequest(
        @Schema(example = "19") @NotNull @Positive Long organizationId,
        @Schema(example = "2026-10-01T08:30:00+08:00") @NotNull OffsetDateTime startsAt,
        @Schema(description = "After startsAt, at most 7 days later", example = "2026-10-02T08:30:00+08:00") @NotNull OffsetDateTime endsAt,
        @Schema(example = "王敏") @NotBlank @Size(max = 50) String personOnDuty,
        @Schema(example = "13812345678") @NotBlank @Pattern(regexp = "^[0-9+\\-]{5,20}$") String phone,
        @Schema(example = "李强") @Size(max = 50) @Nullable String backupPerson,
        @Schema(example = "13912345678") @Pattern(regexp = "^[0-9+\\-]{5,20}$") @Nullable String backupPhone) {
}
