package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.CreateRequest;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.FindingRequest;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SpotCheck;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Quarterly spot checks by the city office (Art 32). */
@RestController
@RequestMapping("/api/v1/spot-checks")
@Tag(name = "spot-checks")
class SpotCheckController {

    private final SpotCheckService service;

    SpotCheckController(SpotCheckService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "createSpotCheck", summary = "发起季度抽查（可复现的随机分层抽样）",
            description = "CITY_ADMIN only. Draws at least the configured share (default 10%) of ACTIVE accounts and at least one per "
                    + "county/district with the given or a random seed, which is stored and shown. One check per quarter (409). Audited.")
    Mono<SpotCheck> create(@Valid @RequestBody CreateRequest request) {
        return service.create(request);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR')")
    @Operation(operationId = "listSpotChecks", summary = "抽查列表", description = "Newest quarter first, without the samples. CITY_ADMIN, AUDITOR.")
    Mono<List<SpotCheck>> list() {
        return service.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR')")
    @Operation(operationId = "getSpotCheck", summary = "抽查详情（样本、问题数、结果）", description = "CITY_ADMIN, AUDITOR.")
    Mono<SpotCheck> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('AUDITOR')")
    @Operation(operationId = "recordSpotCheckFinding", summary = "记录抽查发现的问题",
            description = "AUDITOR only, on a sampled account of an open check, against an active checklist item. Opens a rectification "
                    + "task for the host with a working-day deadline, listed in /api/v1/rectifications. Audited.")
    Mono<Finding> record(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody FindingRequest request) {
        return service.record(id, request);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "closeSpotCheck", summary = "结束抽查并判定结果（合格/不合格）",
            description = "CITY_ADMIN only. FAIL with any finding on a veto item or when the points of the scored items found reach the "
                    + "configured limit (default 20); PASS otherwise. Audited.")
    Mono<SpotCheck> close(@Parameter(example = "1") @PathVariable long id) {
        return service.close(id);
    }
}
