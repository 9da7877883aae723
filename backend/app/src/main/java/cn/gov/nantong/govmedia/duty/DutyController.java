package cn.gov.nantong.govmedia.duty;

import cn.gov.nantong.govmedia.common.document.Workbooks;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 值班值守 (Art 29.2): any administrator role reads the roster of its subtree; hosts and authorities keep it. */
@RestController
@RequestMapping("/api/v1/duty-shifts")
@Tag(name = "duty")
class DutyController {

    private final DutyService service;

    DutyController(DutyService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listDutyShifts", summary = "值班表",
            description = "Shifts of the caller's subtree that overlap [from, to), earliest first. Any administrator role.")
    Mono<PageResponse<DutyShift>> list(
            @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
            @Parameter(example = "2026-10-01T00:00:00+08:00") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @Parameter(example = "2026-10-08T00:00:00+08:00") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @Parameter(example = "1") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(organizationId, from, to, PageRequest.of(page, size));
    }

    @GetMapping(value = "/export", produces = Workbooks.CONTENT_TYPE)
    @Operation(operationId = "exportDutyShifts", summary = "导出值班表（Excel）",
            description = "The shifts of the same filters as an .xlsx workbook (at most 10,000). Any administrator role.")
    Mono<ResponseEntity<byte[]>> export(
            @Parameter(example = "19") @RequestParam(required = false) Long organizationId,
            @Parameter(example = "2026-10-01T00:00:00+08:00") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @Parameter(example = "2026-10-08T00:00:00+08:00") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
        return service.export(organizationId, from, to).map(bytes -> Downloads.attachment(bytes, "值班表.xlsx", Workbooks.CONTENT_TYPE));
    }

    @GetMapping("/now")
    @Operation(operationId = "listOnDutyNow", summary = "当前值班人员",
            description = "The shifts running now in the caller's subtree (or for one organization). Any administrator role.")
    Mono<List<DutyShift>> now(@Parameter(example = "19") @RequestParam(required = false) Long organizationId) {
        return service.onDutyNow(organizationId);
    }

    @GetMapping("/gaps")
    @Operation(operationId = "listDutyGaps", summary = "值班空档（节假日、周末无人值班）",
            description = "Statutory holidays (working-day calendar) and weekends that are not make-up working days, between from "
                    + "and to inclusive (at most 366 days), on which the organization has no shift. Any administrator role; 404 "
                    + "for an organization outside the caller's subtree.")
    Mono<List<DutyGap>> gaps(@Parameter(example = "19") @RequestParam long organizationId,
                             @Parameter(example = "2026-10-01") @RequestParam LocalDate from,
                             @Parameter(example = "2026-10-08") @RequestParam LocalDate to) {
        return service.gaps(organizationId, from, to);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDutyShift", summary = "班次详情", description = "Any administrator role; 404 outside the caller's subtree.")
    Mono<DutyShift> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "addDutyShift", summary = "排班",
            description = "A shift of an organization in the caller's subtree; shifts of one organization may not overlap (409). "
                    + "OPERATOR, SUPERVISOR, CITY_ADMIN. Audited.")
    Mono<DutyShift> add(@Valid @RequestBody DutyShiftRequest request) {
        return service.add(request);
    }

    @PutMapping("/{id}/handover")
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "recordDutyHandover", summary = "填写交接班记录",
            description = "OPERATOR, SUPERVISOR, CITY_ADMIN, within scope. A stale version is a 409. Audited.")
    Mono<DutyShift> handover(@Parameter(example = "1") @PathVariable long id, @Valid @RequestBody HandoverRequest request) {
        return service.handover(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('OPERATOR', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "removeDutyShift", summary = "删除班次",
            description = "OPERATOR, SUPERVISOR, CITY_ADMIN, within scope. A stale version is a 409. Audited.")
    Mono<Void> remove(@Parameter(example = "1") @PathVariable long id,
                      @Parameter(example = "0") @RequestParam @PositiveOrZero long version) {
        return service.remove(id, version);
    }
}
