package cn.gov.nantong.govmedia.incident.grade;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 事件分级 (Art 23, 29.3): the deadlines of the four grades; every administrator role reads them, the city changes them. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "incidents")
class GradeRuleController {

    private final GradeRuleService grades;

    GradeRuleController(GradeRuleService grades) {
        this.grades = grades;
    }

    @GetMapping("/incident-grades")
    @Operation(operationId = "listIncidentGrades", summary = "事件分级与时限",
            description = "The four grades with their deadlines in minutes, gravest first. Any administrator role.")
    Mono<List<GradeRule>> grades() {
        return grades.all();
    }

    @PutMapping("/incident-grades/{grade}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "updateIncidentGrade", summary = "修改分级时限",
            description = "New deadlines for incidents recorded or regraded from now on. CITY_ADMIN. A stale version is a 409. Audited.")
    Mono<GradeRule> updateGrade(@Parameter(example = "MAJOR") @PathVariable IncidentGrade grade,
                                @Valid @RequestBody GradeRuleUpdate update) {
        return grades.update(grade, update);
    }
}
