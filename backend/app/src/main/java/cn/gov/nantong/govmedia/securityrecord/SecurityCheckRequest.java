package cn.gov.nantong.govmedia.securityrecord;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "登记安全检查 / a security check of a self-built app or site; each finding opens a rectification task")
record SecurityCheckRequest(
        @Schema(description = "A live account of platform MOBILE_APP, MINI_PROGRAM or OTHER (a self-built app or site)", example = "2")
        @NotNull @Positive Long accountId,
        @Schema(example = "2026-11-20") @NotNull @PastOrPresent LocalDate checkedOn,
        @Schema(example = "区大数据局安全检查组") @NotBlank @Size(max = 100) String checkedBy,
        @Schema(example = "应用、操作系统、数据库三项检查，发现 1 项问题") @NotBlank @Size(max = 2000) String summary,
        @NotNull @Size(max = 50) List<@Valid @NotNull SecurityCheckFindingRequest> findings) {

    @Schema(description = "检查发现的问题 / a finding, rectified by its deadline")
    record SecurityCheckFindingRequest(
            @Schema(example = "DATABASE") @NotNull SecurityCheck.Area area,
            @Schema(example = "数据库默认端口对公网开放") @NotBlank @Size(max = 2000) String description,
            @Schema(description = "Not before checkedOn", example = "2026-12-04") @NotNull LocalDate rectificationDeadline) {
    }
}
