package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.CreateRequest;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.FindingRequest;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.MissingCheck;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Quarterly spot checks by the city office and, within their scope, by each county office (Art 32). */
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
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "createSpotCheck", summary = "发起本级季度抽查（可复现的随机分层抽样）",
            description = "CITY_ADMIN: the city's check over every ACTIVE account, at least the configured share (default 10%) and at "
                    + "least one per county/district. SUPERVISOR (Art 32.2): the own check of their government's jurisdiction (a "
                    + "county office: the county), at least the share and one account per organization directly below it that has "
                    + "live accounts. With the given or a random seed, stored and shown. One check per quarter per organization "
                    + "(409); the quarter must be from 2019 on and not in the future (400). Audited.")
    Mono<SpotCheck> create(@Valid @RequestBody CreateRequest request) {
        return service.create(request);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR')")
    @Operation(operationId = "listSpotChecks", summary = "抽查列表",
            description = "The checks run by organizations within the caller's scope, newest quarter first, without the samples: "
                    + "CITY_ADMIN and AUDITOR see every check; a county supervisor sees their county's own checks (the city's "
                    + "findings on the county's accounts reach them as rectification tasks).")
    Mono<List<SpotCheck>> list() {
        return service.list();
    }

    @GetMapping("/missing")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR')")
    @Operation(operationId = "listMissingSpotChecks", summary = "季度抽查提醒：应开展而未开展抽查的单位",
            description = "Art 32.2. The city and each county or zone (a government with a government office, whose supervisors run "
                    + "its checks) within the caller's scope that have no check of the quarter; by default the last quarter that has "
                    + "ended. A bad or future quarter is a 400.")
    Mono<List<MissingCheck>> missing(@Parameter(example = "2026-Q3") @RequestParam(required = false) String quarter) {
        return service.missing(quarter);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR')")
    @Operation(operationId = "getSpotCheck", summary = "抽查详情（样本、问题数、结果）",
            description = "A check run within the caller's scope (404 otherwise). CITY_ADMIN, AUDITOR, SUPERVISOR.")
    Mono<SpotCheck> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping("/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('AUDITOR', 'SUPERVISOR')")
    @Operation(operationId = "recordSpotCheckFinding", summary = "记录抽查发现的问题",
            description = "AUDITOR (any check), or SUPERVISOR on a check their own organization runs (Art 32.2; 404 outside the "
                    + "scope, 403 for another organization's check), on a sampled account of an open check, against an active checklist item. Opens a rectification "
                    + "task for the host with a working-day deadline, listed in /api/v1/rectifications. Audited.")
    Mono<Finding> record(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody FindingRequest request) {
        return service.record(id, request);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "withdrawSpotCheck", summary = "撤回误发起的抽查（须说明理由）",
            description = "CITY_ADMIN, or SUPERVISOR on a check their own organization runs. Only an open check without findings; "
                    + "409 SPOT_CHECK_HAS_FINDINGS or SPOT_CHECK_CLOSED otherwise. The quarter is free again. Audited with the reason.")
    Mono<SpotCheck> withdraw(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody SpotCheckViews.WithdrawRequest request) {
        return service.withdraw(id, request.reason());
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "closeSpotCheck", summary = "结束抽查并判定结果（合格/不合格）",
            description = "CITY_ADMIN, or SUPERVISOR on a check their own organization runs (Art 32.2). FAIL with any finding on a veto item or when the points of the scored items found reach the "
                    + "configured limit (default 20); PASS otherwise. Audited.")
    Mono<SpotCheck> close(@Parameter(example = "1") @PathVariable long id) {
        return service.close(id);
    }
}
