package cn.gov.nantong.govmedia.organization;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Who must run an account (Art 11): set by the unit's competent authority, never by the unit itself. */
@Service
class ObligationService {

    private final OrganizationRepository repository;
    private final OrganizationScopes scopes;
    private final OrganizationMapper mapper;
    private final CurrentUsers users;
    private final AuditLog audit;

    ObligationService(OrganizationRepository repository, OrganizationScopes scopes, OrganizationMapper mapper,
                      CurrentUsers users, AuditLog audit) {
        this.repository = repository;
        this.scopes = scopes;
        this.mapper = mapper;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public Mono<OrganizationResponse> set(long id, ObligationRequest request) {
        if (request.obligation().exempt() && (request.reason() == null || request.reason().isBlank())) {
            return Mono.error(ApiProblemException.invalidField("reason", "NotBlank", "免于开设须说明理由",
                    "an exemption needs a reason"));
        }
        return Mono.zip(users.current(), scopes.current())
                .flatMap(caller -> repository.findInScope(id, caller.getT2())
                        .switchIfEmpty(Mono.error(ApiProblemException.notFound("单位", "Organization")))
                        .flatMap(current -> check(current, request, caller.getT1().has(Role.CITY_ADMIN)
                                || !current.code().equals(caller.getT1().organizationCode()))))
                .flatMap(current -> repository.updateObligation(id, request.obligation(), blankToNull(request.reason()),
                                request.version())
                        .flatMap(rows -> rows == 0 ? Mono.error(stale()) : repository.findAnywhere(id))
                        .flatMap(updated -> audit.record("SET_OBLIGATION", "organization", id,
                                        Map.of("obligation", current.accountObligation(), "reason", String.valueOf(current.obligationReason())),
                                        Map.of("obligation", updated.accountObligation(), "reason", String.valueOf(updated.obligationReason())))
                                .thenReturn(mapper.toResponse(updated))));
    }

    private static Mono<Organization> check(Organization current, ObligationRequest request, boolean notOwn) {
        if (!notOwn) {
            return Mono.error(ApiProblemException.rule("OWN_OBLIGATION", "Art 11", "开设义务由主管单位认定，不能设定本单位的",
                    "the competent authority decides a unit's obligation, not the unit itself"));
        }
        if (current.type() == OrganizationType.INTERNAL_UNIT && request.obligation() == AccountObligation.REQUIRED) {
            return Mono.error(ApiProblemException.rule("INTERNAL_UNIT_CANNOT_HOST", "Art 12", "内设机构不得开设政务新媒体",
                    "an internal unit cannot run an account"));
        }
        return request.version() != current.version() ? Mono.error(stale()) : Mono.just(current);
    }

    private static ApiProblemException stale() {
        return ApiProblemException.stale("单位已被他人修改", "the organization was changed by someone else");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
