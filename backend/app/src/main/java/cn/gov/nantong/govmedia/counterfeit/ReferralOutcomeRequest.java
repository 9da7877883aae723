package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "协同处理结果 / what the authority did")
record ReferralOutcomeRequest(
        @Schema(example = "区网信办已约谈平台，账号已封禁") @NotBlank @Size(max = 1000) String outcome,
        @Schema(description = "Not before the request", example = "2026-12-08") @NotNull @PastOrPresent LocalDate outcomeOn,
        @Schema(description = "The referral's version read", example = "0") @NotNull @PositiveOrZero Long version) {
}
