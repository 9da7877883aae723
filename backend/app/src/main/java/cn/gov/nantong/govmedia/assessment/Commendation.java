package cn.gov.nantong.govmedia.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "表彰 / a commendation of a unit or a person for its government new-media work (Art 33.1)")
public record Commendation(
        @Schema(example = "1") long id,
        @Schema(example = "2026") int year,
        @Schema(example = "PERSON") CommendationKind kind,
        @Schema(description = "The unit commended, or the person's unit", example = "19") long organizationId,
        @Schema(example = "南通市崇川区教育体育局") String organizationName,
        @Schema(example = "王敏") @Nullable String personName,
        @Schema(example = "全年原创发布 312 篇，留言办结率 100%") String reason,
        @Schema(example = "2027-01-15") LocalDate decidedOn,
        @Schema(example = "city-admin") String recordedBy,
        OffsetDateTime createdAt,
        @Schema(example = "0") long version) {
}
