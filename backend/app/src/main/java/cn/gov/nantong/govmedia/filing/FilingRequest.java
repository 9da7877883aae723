package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.account.AccountChanges;
import cn.gov.nantong.govmedia.account.AccountDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "提交备案 / submit a filing. OPEN carries `account`; CHANGE carries `accountId` and `changes`; CLOSE and CANCEL carry `accountId`, `basis` and the announcement period")
record FilingRequest(
        @Schema(example = "OPEN") @NotNull FilingType type,
        @Schema(description = "OPEN of an account opened before the measures (Art 35): the host files it within 20 working days",
                example = "false") Boolean legacy,
        @Schema(description = "Legacy only: the day the account was found, when after the measures' publication (2019-10-10); the "
                + "host's 20 working days count from it", example = "2026-11-20") @PastOrPresent LocalDate foundOn,
        @Schema(description = "OPEN only") @Valid AccountDetails account,
        @Schema(description = "CHANGE / CLOSE / CANCEL: the account", example = "1") @Positive Long accountId,
        @Schema(description = "CHANGE only: the fields to change, applied on approval") @Valid AccountChanges changes,
        @Schema(description = "CLOSE / CANCEL: the basis (Art 16)") @Valid Basis basis,
        @Schema(description = "CLOSE / CANCEL: first day of the public announcement", example = "2026-12-01") LocalDate announcementStartsOn,
        @Schema(description = "CLOSE / CANCEL: last day; at least 15 working days after the first (Art 16)", example = "2026-12-22")
        LocalDate announcementEndsOn) {

    @Schema(description = "关停/注销依据 / basis of a closure (Art 16)")
    record Basis(
            @Schema(example = "COLLECTIVE_DECISION") @NotNull BasisType type,
            @Schema(example = "崇教体〔2026〕12号") @NotBlank @Size(max = 100) String documentNumber,
            @Schema(example = "2026-11-20") @NotNull LocalDate decidedOn) {
    }

    boolean legacyAccount() {
        return Boolean.TRUE.equals(legacy);
    }
}
