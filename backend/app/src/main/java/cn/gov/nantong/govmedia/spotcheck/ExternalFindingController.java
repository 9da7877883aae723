package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.spotcheck.ExternalFindingViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.ExternalFindingViews.Request;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Findings of national and provincial checks entered by the city office (Art 32.8). */
@RestController
@RequestMapping("/api/v1/external-findings")
@Tag(name = "spot-checks")
class ExternalFindingController {

    private final ExternalFindingService service;

    ExternalFindingController(ExternalFindingService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "enterExternalFinding", summary = "录入国家或省级检查发现的问题",
            description = "CITY_ADMIN only. With its source (NATIONAL / PROVINCIAL) and the check's reference (unique per source: "
                    + "409), against an active checklist item. Becomes a rectification task of the account's host; a veto item "
                    + "zeroes the host's year as a national or provincial veto (Art 32.3). Not reported to the province. Audited.")
    Mono<Finding> enter(@Valid @RequestBody Request request) {
        return service.enter(request);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR')")
    @Operation(operationId = "listExternalFindings", summary = "国家、省级检查发现的问题（录入）",
            description = "The entered findings, newest found first, with their rectification status. CITY_ADMIN, AUDITOR.")
    Mono<PageResponse<Finding>> list(@Parameter(example = "1") @RequestParam(required = false) Integer page,
                                     @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(PageRequest.of(page, size));
    }
}
