package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.incident.grade.IncidentGrade;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

@Schema(description = "待处置事件 / open incidents by grade, and those of the caller's subtree with a deadline passed")
record IncidentAttention(
        @Schema(description = "Open incidents per grade", example = "{\"MAJOR\": 1}") Map<IncidentGrade, Long> openByGrade,
        @Schema(description = "Security incidents this year that veto the host's assessment", example = "0") long securityVetoes,
        @Schema(description = "At most 50, the earliest deadline first") List<Incident> overdue) {
}
