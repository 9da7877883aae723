package cn.gov.nantong.govmedia.incident.accountability;

import cn.gov.nantong.govmedia.incident.accountability.AccountabilityRecord.SubjectKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Schema(description = "记录问责 / accountability decided for an incident (Art 33.2)")
public record AccountabilityRequest(
        @Schema(example = "PERSON") @NotNull SubjectKind subjectKind,
        @Schema(example = "张某") @NotBlank @Size(max = 100) String subjectName,
        @Schema(description = "The unit held accountable, or the person's unit", example = "19") @NotNull @Positive Long organizationId,
        @Schema(example = "ADMONISHMENT") @NotNull AccountabilityMeasure measure,
        @Schema(example = "2026-12-10") @NotNull @PastOrPresent LocalDate decidedOn,
        @Schema(example = "《南通市政务新媒体管理办法（试行）》第三十三条") @NotBlank @Size(max = 1000) String basis) {
}
