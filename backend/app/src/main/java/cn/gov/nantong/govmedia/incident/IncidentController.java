package cn.gov.nantong.govmedia.incident;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.incident.accountability.AccountabilityRequest;
import cn.gov.nantong.govmedia.incident.grade.IncidentGrade;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 事件 (Art 23, 29.3–29.5, 30, 33.2): any administrator role reads its subtree's register; hosts and authorities keep it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "incidents")
class IncidentController {

    private final IncidentService incidents;
    private final TimelineService timeline;

    IncidentController(IncidentService incidents, TimelineService timeline) {
        this.incidents = incidents;
        this.timeline = timeline;
    }

    @GetMapping("/incidents")
    @Operation(operationId = "listIncidents", summary = "事件登记簿",
            description = "Incidents of the caller's subtree, latest discovered first, with filters. Any administrator role.")
    Mono<PageResponse<Incident>> list(
            @Parameter(example = "ESCALATED") @RequestParam(required = false) IncidentStatus status,
            @Parameter(example = "PUBLIC_OPINION") @RequestParam(required = false) IncidentKind kind,
            @Parameter(example = "MAJOR") @RequestParam(required = false) IncidentGrade grade,
            @Parameter(description = "Host organization", example = "19") @RequestParam(required = false) Long organizationId,
            @Parameter(description = "Title contains", example = "食堂") @RequestParam(required = false) String q,
            @Parameter(description = "Only those with a deadline passed", example = "false") @RequestParam(required = false) boolean overdue,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return incidents.list(new IncidentRepository.Filter(status, kind, grade, organizationId, q, overdue), PageRequest.of(page, size));
    }

    @GetMapping("/incidents/attention")
    @Operation(operationId = "getIncidentAttention", summary = "待处置事件提醒",
            description = "Open incidents by grade, this year's security vetoes, and the incidents with a deadline passed "
                    + "(reporting, acknowledging, taking down, responding, running updates). Any administrator role; the admin "
                    + "app polls it for the menu badge.")
    Mono<IncidentAttention> attention() {
        return incidents.attention();
    }

    @GetMapping("/incidents/{id}")
    @Operation(operationId = "getIncident", summary = "事件详情",
            description = "The incident with its timeline, response posts and accountability records. Any administrator role; "
                    + "404 outside the caller's subtree.")
    Mono<IncidentDetail> get(@Parameter(example = "1") @PathVariable long id) {
        return incidents.detail(id);
    }

    @PostMapping("/incidents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "recordIncident", summary = "登记事件",
            description = "Records an incident of an organization in the caller's subtree; the grade sets its deadlines and the "
                    + "person on duty at the host is named on it. OPERATOR, SUPERVISOR, CITY_ADMIN. Audited.")
    Mono<IncidentDetail> record(@Valid @RequestBody IncidentRequest request) {
        return incidents.record(request);
    }

    @PostMapping("/incidents/{id}/events")
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "recordIncidentStep", summary = "记录处置步骤",
            description = "Regrade, report to the competent authority (ESCALATED), acknowledge (only that authority), forward to "
                    + "网信 / 公安 / 宣传 with the receipt, take harmful content down, link a response post, note progress, or close "
                    + "with the cause. A closed incident is a 409, a stale version a 409, a broken rule a 422. OPERATOR, "
                    + "SUPERVISOR, CITY_ADMIN within scope. Audited.")
    Mono<IncidentDetail> step(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody IncidentEventRequest request) {
        return timeline.post(id, request);
    }

    @PostMapping("/incidents/{id}/accountability")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "recordAccountability", summary = "记录问责",
            description = "Accountability decided for the incident (Art 33.2), for a unit or a person of the caller's subtree. "
                    + "SUPERVISOR, CITY_ADMIN. Audited.")
    Mono<IncidentDetail> accountability(@Parameter(example = "1") @PathVariable long id,
                                        @Valid @RequestBody AccountabilityRequest request) {
        return timeline.addAccountability(id, request);
    }
}
