package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "商请网信、公安协同处理 / the request to an authority")
record ReferralRequest(
        @Schema(example = "CYBERSPACE_ADMINISTRATION") @NotNull ReferralAgency agency,
        @Schema(example = "2026-12-04") @NotNull @PastOrPresent LocalDate requestedOn,
        @Schema(example = "函请区网信办协调平台关停并固定证据") @NotBlank @Size(max = 1000) String request) {
}
