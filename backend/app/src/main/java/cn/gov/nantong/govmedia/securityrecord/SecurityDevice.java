package cn.gov.nantong.govmedia.securityrecord;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "登录终端 / a device used to log in to the accounts (Art 27.3)")
record SecurityDevice(
        @Schema(example = "1") long id,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "王敏") String holder,
        @Schema(example = "COMPUTER") Kind kind,
        @Schema(example = "CCJT-2026-001") String assetNumber,
        @Schema(example = "2026-11-20") @Nullable LocalDate lastCheckedOn,
        @Schema(example = "IN_USE") Status status,
        @Schema(description = "OVERDUE: in use and not checked within the check interval", example = "CURRENT") DueState dueState,
        @Schema(example = "cc-operator") String createdBy,
        @Schema(example = "0") long version) {

    enum Kind { COMPUTER, MOBILE_PHONE, TABLET, OTHER }

    /** 在用, 停用, 报废, 遗失. */
    enum Status { IN_USE, SUSPENDED, RETIRED, LOST }
}
