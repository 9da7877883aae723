package cn.gov.nantong.govmedia.coverage;

import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Art 11: which obliged units run no account. Read by the supervising roles. */
@RestController
@RequestMapping("/api/v1/coverage")
@Tag(name = "coverage")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'AUDITOR', 'SUPERVISOR')")
class CoverageController {

    private final CoverageService service;

    CoverageController(CoverageService service) {
        this.service = service;
    }

    @GetMapping("/counties")
    @Operation(operationId = "listCountyCoverage", summary = "各县（市、区）开设覆盖情况（第十一条）",
            description = "Per division code of the caller's subtree: units that must run an account, those that do, those "
                    + "that do not; with platform, coverage on that platform. CITY_ADMIN, AUDITOR, SUPERVISOR.")
    Mono<List<CountyCoverage>> counties(@RequestParam(required = false) Platform platform) {
        return service.counties(platform);
    }

    @GetMapping("/gaps")
    @Operation(operationId = "listCoverageGaps", summary = "应开未开单位列表（第十一条）",
            description = "Obliged units of the caller's subtree without a live account (on the platform, if given), by "
                    + "county. CITY_ADMIN, AUDITOR, SUPERVISOR.")
    Mono<PageResponse<CoverageGap>> gaps(
            @Parameter(example = "320613") @RequestParam(required = false) @Pattern(regexp = "^[0-9]{6}$") String divisionCode,
            @RequestParam(required = false) Platform platform,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.gaps(divisionCode, platform, PageRequest.of(page, size));
    }

    @GetMapping(value = "/gaps/export", produces = Workbooks.CONTENT_TYPE)
    @Operation(operationId = "exportCoverageGaps", summary = "导出应开未开单位（Excel）",
            description = "The same list as an .xlsx workbook. CITY_ADMIN, AUDITOR, SUPERVISOR.")
    Mono<ResponseEntity<byte[]>> export(
            @Parameter(example = "320613") @RequestParam(required = false) @Pattern(regexp = "^[0-9]{6}$") String divisionCode,
            @RequestParam(required = false) Platform platform) {
        return service.export(divisionCode, platform).map(bytes -> Downloads.attachment(bytes, "应开未开单位.xlsx", Workbooks.CONTENT_TYPE));
    }
}
