package cn.gov.nantong.govmedia.counterfeit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "核查结论 / the verdict of a counterfeit investigation")
record VerdictRequest(
        @Schema(example = "CONFIRMED_FAKE") @NotNull Verdict verdict,
        @Schema(example = "该账号未经备案，冒用我局名义发布招生信息") @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "The version read: of the submission for a public report, of the investigation for a staff lead",
                example = "1") @NotNull @PositiveOrZero Long version,
        @Schema(description = "CONFIRMED_FAKE: by when the platform must close the fake; default N working days from today",
                example = "2026-12-11") @Nullable LocalDate takedownDeadline) {

    enum Verdict { CONFIRMED_FAKE, NOT_FAKE }
}
