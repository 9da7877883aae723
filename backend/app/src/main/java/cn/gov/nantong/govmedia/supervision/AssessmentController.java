package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.supervision.AssessmentViews.Item;
import cn.gov.nantong.govmedia.supervision.AssessmentViews.ItemUpdate;
import cn.gov.nantong.govmedia.supervision.AssessmentViews.Result;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
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

    private final DatabaseClient db;
    private final Assessments assessments;
    private final AuditLog audit;

    AssessmentController(DatabaseClient db, Assessments assessments, AuditLog audit) {
        this.db = db;
        this.assessments = assessments;
        this.audit = audit;
    }

    @GetMapping("/api/v1/assessment-items")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR')")
    @Operation(operationId = "listAssessmentItems", summary = "年度考核方案", description = "Items in order. CITY_ADMIN, AUDITOR, SUPERVISOR.")
    Mono<List<Item>> items() {
        return assessments.items();
    }

    @PutMapping("/api/v1/assessment-items/{id}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    @Operation(operationId = "updateAssessmentItem", summary = "修改考核项",
            description = "CITY_ADMIN only: name, maximum, deduction per occurrence, active. A stale version is a 409. Audited.")
    Mono<Item> update(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody ItemUpdate request) {
        return db.sql("select * from assessment_items where id = :id").bind("id", id).map(Item::map).one()
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("考核项", "Assessment item")))
                .flatMap(before -> db.sql("""
                                update assessment_items set name = :name, max_points = :max, deduction_points = :deduction, active = :active,
                                       version = version + 1
                                 where id = :id and version = coalesce(cast(:version as bigint), version) returning *""")
                        .bind("id", id).bind("name", request.name().trim()).bind("max", request.maxPoints())
                        .bind("deduction", request.deductionPoints()).bind("active", request.active())
                        .bind("version", org.springframework.r2dbc.core.Parameter.fromOrEmpty(request.version(), Long.class))
                        .map(Item::map).one()
                        .switchIfEmpty(Mono.error(ApiProblemException.conflict("STALE_VERSION", "考核项已被他人修改，请刷新后重试",
                                "the item was changed by someone else; reload and retry")))
                        .flatMap(after -> audit.record("UPDATE", "assessment_item", id, before, after).thenReturn(after)));
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
