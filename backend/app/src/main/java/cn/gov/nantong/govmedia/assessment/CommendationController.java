package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 激励表扬 (Art 33.1): listed for the caller's subtree; the city office and the competent authorities record them. */
@RestController
@RequestMapping("/api/v1/commendations")
@Tag(name = "assessments")
class CommendationController {

    private final CommendationService service;

    CommendationController(CommendationService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listCommendations", summary = "表彰记录",
            description = "Commendations of units and people of the caller's subtree, newest year first. Any administrator role.")
    Mono<PageResponse<Commendation>> list(@Parameter(example = "2026") @RequestParam(required = false) Integer year,
                                          @Parameter(example = "UNIT") @RequestParam(required = false) CommendationKind kind,
                                          @Parameter(example = "1") @RequestParam(required = false) Integer page,
                                          @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(year, kind, PageRequest.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "recordCommendation", summary = "记录表彰",
            description = "A unit, or a person of a unit, of the caller's subtree; listed in that year's assessment notice. "
                    + "CITY_ADMIN, SUPERVISOR. Audited.")
    Mono<Commendation> record(@Valid @RequestBody CommendationRequest request) {
        return service.record(request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "removeCommendation", summary = "删除表彰记录",
            description = "CITY_ADMIN, SUPERVISOR, within scope. A stale version is a 409. Audited.")
    Mono<Void> remove(@Parameter(example = "1") @PathVariable long id,
                      @Parameter(example = "0") @RequestParam @PositiveOrZero long version) {
        return service.remove(id, version);
    }
}
