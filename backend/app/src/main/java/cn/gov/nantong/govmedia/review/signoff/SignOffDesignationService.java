package cn.gov.nantong.govmedia.review.signoff;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationDirectory;
import cn.gov.nantong.govmedia.organization.OrganizationSummary;
import cn.gov.nantong.govmedia.review.SignOffRule;
import cn.gov.nantong.govmedia.user.UserDirectory;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The signer of each host's GENERAL content (Art 17: 经审核后按程序审定签发). A host's principal leader designates their own
 * unit's signer; the competent authority (SUPERVISOR) and CITY_ADMIN may do it for hosts in their scope.
 */
@Service
class SignOffDesignationService {

    private static final String ENTITY = "sign_off_designation";

    private final SignOffDesignationRepository repository;
    private final OrganizationDirectory organizations;
    private final UserDirectory userDirectory;
    private final CurrentUsers users;
    private final AuditLog audit;

    SignOffDesignationService(SignOffDesignationRepository repository, OrganizationDirectory organizations,
                              UserDirectory userDirectory, CurrentUsers users, AuditLog audit) {
        this.repository = repository;
        this.organizations = organizations;
        this.userDirectory = userDirectory;
        this.users = users;
        this.audit = audit;
    }

    Mono<SignOffDesignation> get(long hostId) {
        return host(hostId).flatMap(host -> repository.find(hostId))
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("签发人指定", "Sign-off designation")));
    }

    @Transactional
    public Mono<SignOffDesignation> designate(long hostId, SignOffDesignationRequest request) {
        if (request.signer().equals(request.deputy())) {
            return Mono.error(ApiProblemException.invalidField("deputy", "DifferentPerson", "代签人不能与签发人是同一人",
                    "the deputy must be someone other than the signer"));
        }
        return designator(hostId).flatMap(user -> holder("signer", request.signer(), hostId)
                .then(request.deputy() == null ? Mono.empty() : holder("deputy", request.deputy(), hostId))
                .then(repository.find(hostId).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(before -> (request.version() == null
                                ? repository.insert(hostId, request.signer(), request.deputy(), user.username())
                                : repository.update(hostId, request.signer(), request.deputy(), request.version(),
                                user.username()))
                        .flatMap(rows -> rows == 0 ? Mono.error(ApiProblemException.stale("签发人指定已被他人修改",
                                "the designation was changed by someone else")) : repository.find(hostId))
                        .flatMap(after -> audit.record(before.isEmpty() ? "CREATE" : "UPDATE", ENTITY, hostId,
                                before.orElse(null), after).thenReturn(after))));
    }

    /** Whom the caller may designate for the host: its enabled reviewers and leaders (Art 17). */
    Flux<SignOffDesignation.Signer> candidates(long hostId) {
        return designator(hostId).thenMany(userDirectory.holders(hostId, SignOffRule.SIGNING_ROLES))
                .map(holder -> new SignOffDesignation.Signer(holder.username(), holder.displayName()));
    }

    /** The caller, when they may designate the host's signer (403 otherwise, 404 for a host outside their scope). */
    private Mono<CurrentUser> designator(long hostId) {
        return Mono.zip(users.current(), host(hostId))
                .flatMap(context -> mayDesignate(context.getT1(), context.getT2()).thenReturn(context.getT1()));
    }

    private Mono<OrganizationSummary> host(long hostId) {
        return organizations.visible(hostId).switchIfEmpty(Mono.error(ApiProblemException.notFound("单位", "Organization")));
    }

    /** A principal leader designates only for their own unit; SUPERVISOR and CITY_ADMIN for any host in scope. */
    private static Mono<Void> mayDesignate(CurrentUser user, OrganizationSummary host) {
        if (user.has(Role.CITY_ADMIN) || user.has(Role.SUPERVISOR) || host.code().equals(user.organizationCode())) {
            return Mono.empty();
        }
        return Mono.error(ApiProblemException.forbidden("NOT_OWN_UNIT", "主要领导只能为本单位指定签发人",
                "a principal leader designates the signer of their own unit only"));
    }

    private Mono<Void> holder(String field, @Nullable String username, long hostId) {
        return userDirectory.holders(hostId, SignOffRule.SIGNING_ROLES).any(holder -> holder.username().equals(username))
                .filter(Boolean::booleanValue)
                .switchIfEmpty(Mono.error(ApiProblemException.invalidField(field, "Signer",
                        "须为本单位在用的审核员、分管领导或主要领导账号", "must be an enabled user of the host holding REVIEWER, "
                                + "DEPUTY_LEADER or PRINCIPAL_LEADER")))
                .then();
    }
}
