package cn.gov.nantong.govmedia.incident.accountability;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

@Schema(description = "问责记录 / accountability for an incident (Art 33.2)")
public record AccountabilityRecord(
        @Schema(example = "1") long id,
        @Schema(example = "PERSON") SubjectKind subjectKind,
        @Schema(example = "张某") String subjectName,
        @Schema(example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "ADMONISHMENT") AccountabilityMeasure measure,
        @Schema(example = "2026-12-10") LocalDate decidedOn,
        @Schema(example = "《南通市政务新媒体管理办法（试行）》第三十三条") String basis,
        @Schema(example = "cc-supervisor") String createdBy) {

    public enum SubjectKind {
        UNIT, PERSON
    }
}
