package cn.gov.nantong.govmedia.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "登记运维人员 / register a member of staff")
record StaffRequest(
        @Schema(description = "Defaults to the caller's organization", example = "19") @Positive Long organizationId,
        @Schema(example = "王敏") @NotBlank @Size(max = 50) String name,
        @Schema(example = "新媒体编辑") @Size(max = 50) String position,
        @Schema(example = "13812345678") @Pattern(regexp = "^[0-9+\\-]{5,20}$") String phone,
        @Schema(example = "2026-03-15") @PastOrPresent LocalDate trainedOn) {
}
