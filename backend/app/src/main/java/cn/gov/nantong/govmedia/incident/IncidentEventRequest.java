package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.incident.grade.IncidentGrade;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = """
        时间线操作 / a step to record. GRADED needs grade and note (the reason); FORWARDED needs forwardedTo and receiptNo; \
        TICKET_LINKED needs ticketId; PROGRESS needs note; CLOSED needs cause and measuresTaken (unfounded when the report \
        proved untrue); ESCALATED, ACKNOWLEDGED and TAKEN_DOWN take an optional note. version is the incident's.""")
record IncidentEventRequest(
        @Schema(example = "ESCALATED") @NotNull IncidentEventKind kind,
        @Schema(example = "已电话报告区政府办值班室") @Size(max = 2000) @Nullable String note,
        @Schema(example = "MAJOR") @Nullable IncidentGrade grade,
        @Schema(example = "CYBERSPACE") @Nullable ForwardTarget forwardedTo,
        @Schema(example = "崇网信〔2026〕12号") @Size(max = 100) @Nullable String receiptNo,
        @Schema(example = "42") @Positive @Nullable Long ticketId,
        @Schema(example = "个别家长在群内转发未经核实的照片") @Size(max = 2000) @Nullable String cause,
        @Schema(example = "约谈供餐企业，发布情况通报两次") @Size(max = 2000) @Nullable String measuresTaken,
        @Schema(example = "false") @Nullable Boolean unfounded,
        @Schema(example = "0") @NotNull @PositiveOrZero Long version) {

    boolean has(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
