package cn.gov.nantong.govmedia.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(description = "保密审查意见 / the reviewer's confidentiality review of a flagged ticket (Art 28)")
record ConfidentialityAttestationRequest(
        @Schema(example = "经核对，文中“机密”系引用公开报道，不涉及国家秘密") @NotBlank @Size(max = 1000) String note,
        @Schema(description = "The ticket version read; a stale one is refused with 409", example = "2") @NotNull @PositiveOrZero Long version) {
}
