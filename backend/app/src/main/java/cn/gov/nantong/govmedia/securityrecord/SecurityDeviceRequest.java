package cn.gov.nantong.govmedia.securityrecord;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "登记或修改登录终端 / a device to register (organizationId) or change (version)")
record SecurityDeviceRequest(
        @Schema(description = "When registering; ignored when changing", example = "19") @Positive @Nullable Long organizationId,
        @Schema(example = "王敏") @NotBlank @Size(max = 50) String holder,
        @Schema(example = "COMPUTER") @NotNull SecurityDevice.Kind kind,
        @Schema(description = "Unique within the organization", example = "CCJT-2026-001") @NotBlank @Size(max = 50) String assetNumber,
        @Schema(example = "2026-11-20") @PastOrPresent @Nullable LocalDate lastCheckedOn,
        @Schema(example = "IN_USE") @NotNull SecurityDevice.Status status,
        @Schema(description = "When changing: the version read; a stale one is refused with 409", example = "0")
        @PositiveOrZero @Nullable Long version) {
}
