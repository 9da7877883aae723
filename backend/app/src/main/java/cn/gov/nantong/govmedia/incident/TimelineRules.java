package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import reactor.core.publisher.Mono;

/** What each step needs in its request and of the incident's state; empty when it may go ahead. */
final class TimelineRules {

    private TimelineRules() {
    }

    static Mono<Void> complete(IncidentEventRequest request) {
        return switch (request.kind()) {
            case DISCOVERED -> Mono.error(ApiProblemException.invalidField("kind", "Kind", "“发现”在登记事件时自动记录",
                    "DISCOVERED is written when the incident is recorded"));
            case GRADED -> request.grade() == null ? missing("grade", "调整后的级别")
                    : !request.has(request.note()) ? missing("note", "调整理由") : Mono.empty();
            case FORWARDED -> request.forwardedTo() == null ? missing("forwardedTo", "转交部门")
                    : !request.has(request.receiptNo()) ? missing("receiptNo", "回执编号") : Mono.empty();
            case TICKET_LINKED -> request.ticketId() == null ? missing("ticketId", "审核工单") : Mono.empty();
            case PROGRESS -> !request.has(request.note()) ? missing("note", "处置进展") : Mono.empty();
            case CLOSED -> !request.has(request.cause()) ? missing("cause", "事件原因")
                    : !request.has(request.measuresTaken()) ? missing("measuresTaken", "整改措施") : Mono.empty();
            case ESCALATED, ACKNOWLEDGED, TAKEN_DOWN -> Mono.empty();
        };
    }

    static Mono<Void> canEscalate(Incident incident) {
        return incident.status() == IncidentStatus.OPEN ? Mono.empty()
                : Mono.error(ApiProblemException.conflict("ALREADY_ESCALATED", "事件已报告主管单位", "the incident was reported already"));
    }

    static Mono<Void> canAcknowledge(Incident incident) {
        if (incident.status() != IncidentStatus.ESCALATED) {
            return Mono.error(ApiProblemException.rule("NOT_ESCALATED", "Art 29", "事件尚未报告主管单位，无需签收",
                    "the incident has not been reported to the competent authority"));
        }
        return incident.acknowledgedAt() == null ? Mono.empty()
                : Mono.error(ApiProblemException.conflict("ALREADY_ACKNOWLEDGED", "主管单位已签收", "acknowledged already"));
    }

    static Mono<Void> canTakeDown(Incident incident) {
        if (incident.kind() != IncidentKind.HARMFUL_CONTENT) {
            return Mono.error(ApiProblemException.rule("NOT_HARMFUL_CONTENT", "Art 29", "只有有害信息类事件需要删除处置",
                    "only harmful content is taken down"));
        }
        return incident.takenDownAt() == null ? Mono.empty()
                : Mono.error(ApiProblemException.conflict("ALREADY_TAKEN_DOWN", "有害信息已删除", "taken down already"));
    }

    /** Art 29.4: harmful content is taken down before the incident closes, unless the report proved unfounded. */
    static Mono<Void> canClose(Incident incident, IncidentEventRequest request) {
        boolean pending = incident.kind() == IncidentKind.HARMFUL_CONTENT && incident.takenDownAt() == null
                && !Boolean.TRUE.equals(request.unfounded());
        return pending ? Mono.error(ApiProblemException.rule("TAKEDOWN_PENDING", "Art 29", "有害信息尚未删除，不能办结",
                "harmful content must be taken down before the incident closes")) : Mono.empty();
    }

    private static Mono<Void> missing(String field, String what) {
        return Mono.error(ApiProblemException.invalidField(field, "NotBlank", what + "不能为空", field + " is required for this step"));
    }
}
