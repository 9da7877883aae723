package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.incident.grade.IncidentGrade;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

@Schema(description = "时间线 / one step of an incident's timeline")
record IncidentEvent(
        @Schema(example = "3") long id,
        @Schema(example = "ESCALATED") IncidentEventKind kind,
        @Schema(example = "2026-12-04T09:40:00+08:00") OffsetDateTime occurredAt,
        @Schema(example = "cc-operator") String recordedBy,
        @Schema(example = "已电话报告区政府办值班室") @Nullable String note,
        @Schema(example = "MAJOR") @Nullable IncidentGrade grade,
        @Schema(example = "CYBERSPACE") @Nullable ForwardTarget forwardedTo,
        @Schema(description = "回执编号", example = "崇网信〔2026〕12号") @Nullable String receiptNo,
        @Schema(example = "42") @Nullable Long ticketId,
        @Schema(description = "The person on duty told of it", example = "赵敏 13912345678") @Nullable String notifiedPerson,
        @Schema(description = "Within its deadline (reporting, taking down)", example = "true") @Nullable Boolean onTime) {
}
