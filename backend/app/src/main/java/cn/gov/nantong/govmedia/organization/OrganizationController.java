package cn.gov.nantong.govmedia.organization;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "organizations")
class OrganizationController {

    private final OrganizationService service;
    private final ObligationService obligations;

    OrganizationController(OrganizationService service, ObligationService obligations) {
        this.service = service;
        this.obligations = obligations;
    }

    @GetMapping
    @Operation(operationId = "listOrganizations", summary = "单位列表（分页、筛选）",
            description = "Flat, paginated list of the organizations in the caller's subtree. Any administrator role.")
    Mono<PageResponse<OrganizationResponse>> list(
            @Parameter(description = "名称、简称或编码包含的文字", example = "教育") @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) OrganizationType type,
            @RequestParam(required = false) OrganizationLevel level,
            @Parameter(example = "320613") @RequestParam(required = false) @Pattern(regexp = "^[0-9]{6}$") String divisionCode,
            @Parameter(example = "7") @RequestParam(required = false) Long parentId,
            @Parameter(description = "Page number from 1", example = "1") @RequestParam(required = false) Integer page,
            @Parameter(description = "1 to 200", example = "20") @RequestParam(required = false) Integer size,
            @Parameter(description = "field,asc|desc; fields: name, code, divisionCode, type, createdAt, updatedAt",
                    example = "name,asc") @RequestParam(required = false) String sort) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, OrganizationRepository.SORTABLE,
                OrganizationRepository.DEFAULT_ORDER);
        return service.list(new OrganizationFilter(q, type, level, divisionCode, parentId), pageRequest);
    }

    @GetMapping("/tree")
    @Operation(operationId = "getOrganizationTree", summary = "单位树",
            description = "The caller's part of the organization tree, nested. Any administrator role.")
    Mono<List<OrganizationNode>> tree() {
        return service.tree();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getOrganization", summary = "单位详情",
            description = "One organization; 404 when it does not exist or lies outside the caller's subtree.")
    Mono<OrganizationResponse> get(@Parameter(example = "19") @PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "createOrganization", summary = "新建单位", description = "CITY_ADMIN only. Audited.")
    Mono<OrganizationResponse> create(@Valid @RequestBody CreateOrganizationRequest request) {
        return service.create(request);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Operation(operationId = "updateOrganization", summary = "修改单位",
            description = "CITY_ADMIN only. Fields left out keep their value; moving an organization moves its subtree. Audited.")
    Mono<OrganizationResponse> update(@Parameter(example = "19") @PathVariable long id,
                                      @Valid @RequestBody UpdateOrganizationRequest request) {
        return service.update(id, request);
    }

    @PutMapping("/{id}/account-obligation")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'SUPERVISOR')")
    @Operation(operationId = "setAccountObligation", summary = "认定开设义务（第十一条）",
            description = "REQUIRED, EXEMPT_CLASSIFIED, EXEMPT_NO_PUBLIC_FUNCTION or OPTIONAL, with a reason (required for an "
                    + "exemption). CITY_ADMIN, or a SUPERVISOR for units in its subtree other than its own. Audited.")
    Mono<OrganizationResponse> setObligation(@Parameter(example = "19") @PathVariable long id,
                                             @Valid @RequestBody ObligationRequest request) {
        return obligations.set(id, request);
    }
}
