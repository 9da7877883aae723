package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.PageResponse;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** 激励表扬 (Art 33.1): commendations the city office and the competent authorities record within their subtree. */
@Service
class CommendationService {

    private static final String ENTITY = "commendation";

    private final CommendationRepository repository;
    private final Assessments assessments;
    private final OrganizationScopes scopes;
    private final OrganizationDirectory organizations;
    private final CurrentUsers users;
    private final AuditLog audit;

    CommendationService(CommendationRepository repository, Assessments assessments, OrganizationScopes scopes,
                        OrganizationDirectory organizations, CurrentUsers users, AuditLog audit) {
        this.repository = repository;
        this.assessments = assessments;
        this.scopes = scopes;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
    }

    Mono<PageResponse<Commendation>> list(@Nullable Integer year, @Nullable CommendationKind kind, PageRequest page) {
        return scopes.current().flatMap(scope -> PageResponse.of(repository.page(year, kind, scope, page),
                repository.count(year, kind, scope), page));
    }

    @Transactional
    public Mono<Commendation> record(CommendationRequest request) {
        assessments.checkYear(request.year(), "year");
        boolean named = request.personName() != null && !request.personName().isBlank();
        if (request.kind() == CommendationKind.PERSON && !named) {
            return Mono.error(ApiProblemException.invalidField("personName", "NotBlank", "表彰个人须填写姓名",
                    "a commendation of a person needs the person's name"));
        }
        if (request.kind() == CommendationKind.UNIT && named) {
            return Mono.error(ApiProblemException.invalidField("personName", "Null", "表彰单位时不填写个人姓名",
                    "a commendation of a unit names no person"));
        }
        if (request.decidedOn().getYear() < request.year()) {
            return Mono.error(ApiProblemException.invalidField("decidedOn", "Range", "表彰决定日期不能早于所表彰的年度",
                    "the decision cannot be dated before the year it commends"));
        }
        return organizations.visible(request.organizationId())
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField("organizationId", "Exists",
                        "单位不存在或不在您的管辖范围内", "the organization does not exist or is outside your scope")))
                .then(users.current().map(CurrentUser::username))
                .flatMap(by -> repository.insert(request, by))
                .flatMap(this::get)
                .flatMap(created -> audit.record("CREATE", ENTITY, created.id(), null, created).thenReturn(created));
    }

    @Transactional
    public Mono<Void> remove(long id, long version) {
        return get(id).flatMap(before -> repository.delete(id, version)
                .flatMap(rows -> rows == 0
                        ? Mono.error(ApiProblemException.stale("表彰记录已被他人修改", "the commendation was changed by someone else"))
                        : audit.record("DELETE", ENTITY, id, before, null)));
    }

    private Mono<Commendation> get(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("表彰记录", "Commendation")));
    }
}
