package cn.gov.nantong.govmedia.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "运维人员 / a member of staff who runs accounts")
record StaffResponse(
        @Schema(example = "1") long id,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "王敏") String name,
        @Schema(example = "新媒体编辑") @Nullable String position,
        @Schema(example = "13812345678") @Nullable String phone,
        @Schema(description = "Date of the completed training (Art 27)", example = "2026-03-15") @Nullable LocalDate trainedOn,
        @Schema(example = "ACTIVE") StaffStatus status,
        @Nullable LocalDate departedOn,
        @Schema(example = "0") long version) {
}
