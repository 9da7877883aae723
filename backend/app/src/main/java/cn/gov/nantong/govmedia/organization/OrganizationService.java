package cn.gov.nantong.govmedia.organization;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

@Service
class OrganizationService {

    private static final String ENTITY = "organization";

    private final OrganizationRepository repository;
    private final OrganizationScopes scopes;
    private final OrganizationMapper mapper;
    private final AuditLog audit;

    OrganizationService(OrganizationRepository repository, OrganizationScopes scopes, OrganizationMapper mapper,
                        AuditLog audit) {
        this.repository = repository;
        this.scopes = scopes;
        this.mapper = mapper;
        this.audit = audit;
    }

    Mono<PageResponse<OrganizationResponse>> list(OrganizationFilter filter, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(
                repository.page(filter, scope, page).map(mapper::toResponse), repository.count(filter, scope), page));
    }

    /** The caller's visible part of the tree; its roots are the nodes whose parent lies outside the scope. */
    Mono<List<OrganizationNode>> tree() {
        return scopes.current().flatMap(scope -> repository.findAllInScope(scope).collectList()).map(this::toTree);
    }

    Mono<OrganizationResponse> get(long id) {
        return visible(id).map(mapper::toResponse);
    }

    @Transactional
    public Mono<OrganizationResponse> create(CreateOrganizationRequest request) {
        if (request.type() != OrganizationType.INTERNAL_UNIT && request.creditCode() == null) {
            return Mono.error(ApiProblemException.invalidField("creditCode", "NotNull",
                    "除内设机构外，单位须填写统一社会信用代码", "a credit code is required except for internal units"));
        }
        return repository.existsByCode(request.code())
                .flatMap(taken -> taken ? Mono.error(ApiProblemException.conflict("ORGANIZATION_CODE_TAKEN",
                        "单位编码 " + request.code() + " 已被使用", "organization code " + request.code() + " is taken"))
                        : Mono.empty())
                .then(checkCreditCode(request.creditCode(), 0))
                .then(parentInScope(request.parentId()))
                .then(repository.findAnywhere(request.parentId())
                        .flatMap(parent -> checkAuthority(request.competentAuthorityId(), parent.path() + ".new")))
                .then(repository.insert(request))
                .flatMap(this::visible)
                .flatMap(created -> audit.record("CREATE", ENTITY, created.id(), null, mapper.toResponse(created))
                        .thenReturn(mapper.toResponse(created)));
    }

    @Transactional
    public Mono<OrganizationResponse> update(long id, UpdateOrganizationRequest request) {
        return visible(id).flatMap(current -> {
            if (request.version() != null && request.version() != current.version()) {
                return Mono.error(ApiProblemException.stale("单位已被他人修改", "the organization was changed by someone else"));
            }
            Organization merged = merge(current, request);
            if (merged.parentId() != null && merged.parentId() == current.id()) {
                return Mono.error(ApiProblemException.invalidField("parentId", "Cycle",
                        "上级单位不能是自身", "an organization cannot be its own parent"));
            }
            Mono<Void> checks = (request.creditCode() == null ? Mono.<Void>empty() : checkCreditCode(request.creditCode(), id))
                    .then(request.parentId() == null || request.parentId().equals(current.parentId())
                            ? Mono.empty() : parentInScope(request.parentId()).then(notBelowItself(current, request.parentId())))
                    .then(request.competentAuthorityId() == null ? Mono.empty() : pathAfter(current, request)
                            .flatMap(path -> checkAuthority(request.competentAuthorityId(), path)));
            return checks
                    .then(repository.update(merged, current.version()))
                    .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.stale("单位已被他人修改", "the organization was changed by someone else"))
                            : visible(id))
                    .flatMap(updated -> audit.record("UPDATE", ENTITY, id, mapper.toResponse(current), mapper.toResponse(updated))
                            .thenReturn(mapper.toResponse(updated)));
        });
    }

    private Mono<Organization> visible(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("单位", "Organization")));
    }

    private Mono<Void> checkCreditCode(String creditCode, long exceptId) {
        if (creditCode == null) {
            return Mono.empty();
        }
        return repository.creditCodeTaken(creditCode, exceptId).flatMap(taken -> taken
                ? Mono.error(ApiProblemException.conflict("CREDIT_CODE_TAKEN",
                "统一社会信用代码 " + creditCode + " 已属于其他单位", "credit code " + creditCode + " belongs to another organization"))
                : Mono.empty());
    }

    private Mono<Void> parentInScope(long parentId) {
        return scopes.current().flatMap(scope -> repository.findInScope(parentId, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("parentId", "Exists",
                        "上级单位不存在或不在您的管辖范围内", "the parent organization does not exist or is outside your scope")))
                .flatMap(parent -> parent.type() == OrganizationType.INTERNAL_UNIT
                        ? Mono.error(ApiProblemException.rule("INTERNAL_UNIT_AS_PARENT", "Art 12",
                        "内设机构下不能再设单位", "an internal unit cannot have organizations below it"))
                        : Mono.empty());
    }

    private Mono<Void> notBelowItself(Organization moved, long newParentId) {
        return scopes.current().flatMap(scope -> repository.findInScope(newParentId, scope))
                .flatMap(parent -> parent.path().startsWith(moved.path() + ".")
                        ? Mono.error(ApiProblemException.invalidField("parentId", "Cycle",
                        "不能把单位移到其下级单位之下", "an organization cannot move below its own subtree"))
                        : Mono.empty());
    }

    /** Where the organization will sit once the request is applied: below its new parent when it moves. */
    private Mono<String> pathAfter(Organization current, UpdateOrganizationRequest request) {
        return request.parentId() == null || request.parentId().equals(current.parentId()) ? Mono.just(current.path())
                : repository.findAnywhere(request.parentId()).map(parent -> parent.path() + "." + current.id());
    }

    /**
     * Art 6: a government office is the competent authority of its jurisdiction; a department's office or designated
     * section (an internal unit of the department) is the competent authority for that department's own new media only.
     */
    private Mono<Void> checkAuthority(Long authorityId, String organizationPath) {
        if (authorityId == null) {
            return Mono.empty();
        }
        return scopes.current().flatMap(scope -> repository.findInScope(authorityId, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("competentAuthorityId", "Exists",
                        "主管单位不存在或不在您的管辖范围内", "the competent authority does not exist or is outside your scope")))
                .flatMap(authority -> switch (authority.type()) {
                    case GOVERNMENT_OFFICE -> Mono.empty();
                    case INTERNAL_UNIT -> repository.findAnywhere(authority.parentId())
                            .filter(department -> department.type() == OrganizationType.DEPARTMENT
                                    && new OrganizationScope(department.path()).contains(organizationPath))
                            .switchIfEmpty(Mono.error(ApiProblemException.rule("AUTHORITY_OUTSIDE_DEPARTMENT", "Art 6",
                                    "部门办公室或指定处室只能作为本部门政务新媒体的主管单位",
                                    "a department's office or designated section is the competent authority only within that department")))
                            .then();
                    default -> Mono.error(ApiProblemException.rule("AUTHORITY_NOT_AN_OFFICE", "Art 6",
                            "主管单位须为政府办公室，或本部门办公室、指定处室", "the competent authority must be a government office, "
                                    + "or the department's own office or designated section"));
                });
    }

    private static Organization merge(Organization current, UpdateOrganizationRequest request) {
        return new Organization(current.id(), current.code(),
                request.name() == null ? current.name() : request.name().trim(),
                request.shortName() == null ? current.shortName() : request.shortName(),
                request.type() == null ? current.type() : request.type(), current.level(),
                request.divisionCode() == null ? current.divisionCode() : request.divisionCode(),
                request.creditCode() == null ? current.creditCode() : request.creditCode(),
                request.parentId() == null ? current.parentId() : request.parentId(),
                request.competentAuthorityId() == null ? current.competentAuthorityId() : request.competentAuthorityId(),
                current.competentAuthorityName(), current.path(), current.depth(),
                request.sortOrder() == null ? current.sortOrder() : request.sortOrder(),
                current.accountObligation(), current.obligationReason(), current.createdAt(), current.updatedAt(), current.version());
    }

    private List<OrganizationNode> toTree(List<Organization> organizations) {
        Map<Long, List<Organization>> childrenOf = new HashMap<>();
        Map<Long, Organization> byId = new HashMap<>();
        organizations.forEach(o -> byId.put(o.id(), o));
        List<Organization> roots = new ArrayList<>();
        for (Organization o : organizations) {
            if (o.parentId() == null || !byId.containsKey(o.parentId())) {
                roots.add(o);
            } else {
                childrenOf.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        return roots.stream().map(root -> node(root, childrenOf)).toList();
    }

    private OrganizationNode node(Organization organization, Map<Long, List<Organization>> childrenOf) {
        List<OrganizationNode> children = childrenOf.getOrDefault(organization.id(), List.of()).stream()
                .map(child -> node(child, childrenOf)).toList();
        return mapper.toNode(organization, children);
    }
}
