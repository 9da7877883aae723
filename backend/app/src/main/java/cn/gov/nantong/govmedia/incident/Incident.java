package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.incident.grade.IncidentGrade;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(description = "事件 / an incident of the register, with its deadlines and what is overdue now (Art 23, 29)")
record Incident(
        @Schema(example = "1") long id,
        @Schema(example = "19") long hostOrganizationId,
        @Schema(example = "南通市崇川区教育体育局") String hostOrganizationName,
        @Schema(example = "7") @Nullable Long accountId,
        @Schema(example = "崇川教育") @Nullable String accountName,
        @Schema(example = "PUBLIC_OPINION") IncidentKind kind,
        @Schema(example = "MAJOR") IncidentGrade grade,
        @Schema(example = "重大") String gradeName,
        @Schema(example = "网传某校食堂食品安全问题") String title,
        @Schema(example = "微博话题阅读量两小时内超过 50 万，评论集中质疑处置进展") String description,
        @Schema(example = "ESCALATED") IncidentStatus status,
        @Schema(example = "2026-12-04T09:00:00+08:00") OffsetDateTime discoveredAt,
        @Schema(description = "To be reported to the competent authority by", example = "2026-12-04T10:00:00+08:00")
        OffsetDateTime reportDueAt,
        @Schema(description = "First authoritative response due (舆情, emergencies)", example = "2026-12-04T14:00:00+08:00")
        @Nullable OffsetDateTime responseDueAt,
        @Schema(description = "The next running update is due (Art 23.1)", example = "2026-12-04T18:00:00+08:00")
        @Nullable OffsetDateTime nextUpdateDueAt,
        @Schema(description = "Latest publication of a linked response post", example = "2026-12-04T13:10:00+08:00")
        @Nullable OffsetDateTime lastPublishedAt,
        @Schema(description = "Harmful content to be taken down by (Art 29.4)") @Nullable OffsetDateTime takedownDueAt,
        @Nullable OffsetDateTime takenDownAt,
        @Schema(example = "18") @Nullable Long escalatedToOrganizationId,
        @Schema(example = "南通市崇川区人民政府办公室") @Nullable String escalatedToOrganizationName,
        @Nullable OffsetDateTime escalatedAt,
        @Nullable OffsetDateTime acknowledgedAt,
        @Schema(example = "cc-supervisor") @Nullable String acknowledgedBy,
        @Schema(description = "On duty at the host when the incident was recorded", example = "王敏 13812345678")
        @Nullable String dutyPerson,
        @Schema(example = "个别家长在群内转发未经核实的照片") @Nullable String cause,
        @Schema(example = "约谈供餐企业，发布情况通报两次") @Nullable String measuresTaken,
        @Schema(description = "Closed as unfounded (经核实不属实): no veto", example = "false") boolean unfounded,
        @Nullable OffsetDateTime closedAt,
        @Schema(description = "A security incident that vetoes the host's year (Art 32)", example = "false") boolean securityVeto,
        @Schema(description = "Deadlines passed now") List<IncidentAlert> alerts,
        @Schema(example = "cc-operator") String createdBy,
        @Schema(example = "2") long version) {
}
