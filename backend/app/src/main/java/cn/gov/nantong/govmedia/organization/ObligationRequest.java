package cn.gov.nantong.govmedia.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "设定开设义务（第十一条） / whether the unit must run an account, and why")
record ObligationRequest(
        @Schema(example = "EXEMPT_CLASSIFIED") @NotNull AccountObligation obligation,
        @Schema(description = "Required for an exemption", example = "涉密单位，经市保密局认定（通保〔2026〕3号）")
        @Size(max = 500) @Nullable String reason,
        @Schema(description = "The version read; a stale one is refused with 409", example = "0") @NotNull @PositiveOrZero Long version) {
}
