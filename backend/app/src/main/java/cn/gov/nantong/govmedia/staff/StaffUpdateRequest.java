package cn.gov.nantong.govmedia.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "修改运维人员（只改出现的字段） / partial update")
record StaffUpdateRequest(
        @Schema(example = "王敏") @Size(min = 1, max = 50) String name,
        @Schema(example = "新媒体主管") @Size(max = 50) String position,
        @Schema(example = "13812345678") @Pattern(regexp = "^[0-9+\\-]{5,20}$") String phone,
        @Schema(example = "2026-03-15") @PastOrPresent LocalDate trainedOn) {
}
