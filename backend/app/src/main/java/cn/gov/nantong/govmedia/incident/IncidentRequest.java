package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.incident.grade.IncidentGrade;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "登记事件 / an incident to record; its deadlines follow from the grade and the time it was discovered")
record IncidentRequest(
        @Schema(description = "The host where it happened", example = "19") @NotNull @Positive Long hostOrganizationId,
        @Schema(description = "The account concerned, if any", example = "7") @Positive @Nullable Long accountId,
        @Schema(example = "PUBLIC_OPINION") @NotNull IncidentKind kind,
        @Schema(example = "MAJOR") @NotNull IncidentGrade grade,
        @Schema(example = "网传某校食堂食品安全问题") @NotBlank @Size(max = 200) String title,
        @Schema(example = "微博话题阅读量两小时内超过 50 万，评论集中质疑处置进展") @NotBlank @Size(max = 4000) String description,
        @Schema(description = "Not in the future", example = "2026-12-04T09:00:00+08:00") @NotNull OffsetDateTime discoveredAt) {
}
