package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(description = "核查结论 / the verdict of a counterfeit investigation")
record VerdictRequest(
        @Schema(example = "CONFIRMED_FAKE") @NotNull Verdict verdict,
        @Schema(example = "该账号未经备案，冒用我局名义发布招生信息") @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "The submission's version read", example = "1") @NotNull @PositiveOrZero Long version) {

    enum Verdict { CONFIRMED_FAKE, NOT_FAKE }
}
