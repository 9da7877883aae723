package cn.gov.nantong.govmedia.organization;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Lookups for other features, always within the caller's scope. */
@Component
public class OrganizationDirectory {

    private final OrganizationRepository repository;
    private final OrganizationScopes scopes;

    OrganizationDirectory(OrganizationRepository repository, OrganizationScopes scopes) {
        this.repository = repository;
        this.scopes = scopes;
    }

    public Mono<OrganizationSummary> visible(long id) {
        return scopes.current().flatMap(scope -> repository.findInScope(id, scope)).map(OrganizationDirectory::summary);
    }

    /** The caller's own organization. */
    public Mono<OrganizationSummary> own(String code) {
        return scopes.current().flatMap(scope -> repository.findByCode(code, scope)).map(OrganizationDirectory::summary);
    }

    /** Any organization by id, regardless of scope: for following links such as the competent authority. */
    public Mono<OrganizationSummary> byId(long id) {
        return repository.findAnywhere(id).map(OrganizationDirectory::summary);
    }

    /** Whether some organization names this one its competent authority (a department's designated office, Art 6). */
    public Mono<Boolean> isDesignatedAuthority(long id) {
        return repository.isCompetentAuthorityOfAny(id);
    }

    private static OrganizationSummary summary(Organization o) {
        return new OrganizationSummary(o.id(), o.code(), o.name(), o.type(), o.level(), o.parentId(), o.competentAuthorityId(), o.path(),
                o.divisionCode(), o.creditCode());
    }
}
