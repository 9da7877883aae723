package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.assessment.AssessmentViews.Item;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.ItemUpdate;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.Result;
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
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The annual assessment (Art 32): the scheme as data, and the explained score of each organization. */
@RestController
@Tag(name = "assessments")
class AssessmentController {

    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/assessment-items")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR')")
    @Operation(operationId = "listAssessmentItems", summary = "年度考核方案", description = "Items in order. CITY_ADMIN, AUDITOR, SUPERVISOR.")
    Mono<List<Item>> items() {
        return assessments.items();
    }

    @PutMapping("/api/v1/assessment-items/{id}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "updateAssessmentItem", summary = "修改考核项",
            description = "CITY_ADMIN only: name, maximum, deduction per occurrence, active. A stale version is a 409. Audited.")
    Mono<Item> update(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody ItemUpdate request) {
        return assessments.update(id, request);
    }

    @GetMapping("/api/v1/assessments/{year}")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR', 'OPERATOR')")
    @Operation(operationId = "listAssessments", summary = "年度考核结果（逐项说明）",
            description = "Each host organization of the caller's subtree, best score first, computed from the stored daily metrics, the "
                    + "spot checks, the measures and the provincial findings; any veto makes the year's score zero (Art 32). "
                    + "CITY_ADMIN, AUDITOR, SUPERVISOR, OPERATOR.")
    Mono<List<Result>> results(@Parameter(example = "2026") @PathVariable int year) {
        return assessments.results(year);
    }
}
