package cn.gov.nantong.govmedia.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Fields that are not part of a filing; filed fields change only through a CHANGE filing. */
@Schema(description = "修改非备案字段 / change the fields that need no filing")
record AccountUpdateRequest(
        @Schema(example = "https://mmbiz.qpic.cn/avatar-2.png") @Size(max = 500) @Pattern(regexp = "^https?://.*") String avatarUrl,
        @Schema(example = "051385123458") @Pattern(regexp = "^[0-9+\\-]{5,20}$") String responsiblePhone,
        @Schema(description = "The version read; a stale one is refused with 409", example = "1") @PositiveOrZero Long version) {
}
