package cn.gov.nantong.govmedia.measure;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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

@RestController
@RequestMapping("/api/v1/measures")
@Tag(name = "measures")
class MeasureController {

    private final MeasureService service;

    MeasureController(MeasureService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "createMeasure", summary = "记录监管措施（约谈、警告、通报、责令关闭）",
            description = "CITY_ADMIN city-wide; SUPERVISOR (a government office) within its jurisdiction, else 404. ORDERED_CLOSURE "
                    + "opens the account's CLOSE filing (Art 16, 34) in the same transaction. Audited.")
    Mono<MeasureResponse> create(@Valid @RequestBody MeasureRequest request) {
        return service.create(request);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR', 'AUDITOR', 'OPERATOR')")
    @Operation(operationId = "listMeasures", summary = "监管措施列表",
            description = "Measures against organizations of the caller's subtree and their accounts, newest first. "
                    + "CITY_ADMIN, SUPERVISOR, AUDITOR, OPERATOR.")
    Mono<PageResponse<MeasureResponse>> list(@Parameter(example = "WARNING") @RequestParam(required = false) @Nullable MeasureType type,
                                             @Parameter(example = "1") @RequestParam(required = false) @Nullable Long accountId,
                                             @Parameter(example = "1") @RequestParam(required = false) @Nullable Integer page,
                                             @Parameter(example = "20") @RequestParam(required = false) @Nullable Integer size) {
        return service.list(type, accountId, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR', 'AUDITOR', 'OPERATOR')")
    @Operation(operationId = "getMeasure", summary = "监管措施详情", description = "404 outside the caller's subtree.")
    Mono<MeasureResponse> get(@Parameter(example = "1") @PathVariable long id) {
        return service.get(id);
    }
}
