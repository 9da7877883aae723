package cn.gov.nantong.govmedia.incident.grade;

import cn.gov.nantong.govmedia.incident.IncidentKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "事件分级 / the deadlines of one grade, in minutes")
public record GradeRule(
        @Schema(example = "MAJOR") IncidentGrade grade,
        @Schema(example = "重大") String name,
        @Schema(example = "3") int rank,
        @Schema(description = "Report to the competent authority within", example = "60") int reportWithinMinutes,
        @Schema(description = "First authoritative response within", example = "300") int responseWithinMinutes,
        @Schema(description = "Longest gap between running updates", example = "240") int updateEveryMinutes,
        @Schema(description = "Take harmful content down within", example = "120") int takedownWithinMinutes,
        @Schema(example = "0") long version) {

    public OffsetDateTime reportDue(OffsetDateTime discoveredAt) {
        return discoveredAt.plus(Duration.ofMinutes(reportWithinMinutes));
    }

    public @Nullable OffsetDateTime responseDue(IncidentKind kind, OffsetDateTime discoveredAt) {
        return kind.needsResponse() ? discoveredAt.plus(Duration.ofMinutes(responseWithinMinutes)) : null;
    }

    public @Nullable OffsetDateTime takedownDue(IncidentKind kind, OffsetDateTime discoveredAt) {
        return kind == IncidentKind.HARMFUL_CONTENT ? discoveredAt.plus(Duration.ofMinutes(takedownWithinMinutes)) : null;
    }
}
