package cn.gov.nantong.govmedia.spotcheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The spot-check checklist (Art 32): seeded with the national veto categories and the local scored items. */
@RestController
@RequestMapping("/api/v1/checklist-items")
@Tag(name = "spot-checks")
class ChecklistController {

    private final ChecklistService service;

    ChecklistController(ChecklistService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR')")
    @Operation(operationId = "listChecklistItems", summary = "抽查检查项",
            description = "All items, active or not, in order. CITY_ADMIN, AUDITOR, and SUPERVISOR (who records the findings of their "
                    + "own county's checks, Art 32.2).")
    Mono<List<ChecklistItem>> list() {
        return service.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "createChecklistItem", summary = "新增检查项", description = "CITY_ADMIN only; a used code is a 409. Audited.")
    Mono<ChecklistItem> create(@Valid @RequestBody ChecklistItemRequest request) {
        return service.create(request);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "updateChecklistItem", summary = "修改检查项",
            description = "CITY_ADMIN only; a stale version is a 409. Deactivate rather than delete: findings keep their item. Audited.")
    Mono<ChecklistItem> update(@Parameter(example = "5") @PathVariable long id, @Valid @RequestBody ChecklistItemRequest request) {
        return service.update(id, request);
    }
}
