package cn.gov.nantong.govmedia.review.signoff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/sign-off-designations")
@Tag(name = "review-tickets")
class SignOffDesignationController {

    private final SignOffDesignationService service;

    SignOffDesignationController(SignOffDesignationService service) {
        this.service = service;
    }

    @GetMapping("/{hostOrganizationId}")
    @Operation(operationId = "getSignOffDesignation", summary = "查看指定签发人",
            description = "Who signs off the host's GENERAL content (Art 17); 404 when none is designated, in which case the host's "
                    + "deputy or principal leader signs. Any administrator role, hosts in the caller's scope.")
    Mono<SignOffDesignation> get(@Parameter(example = "19") @PathVariable long hostOrganizationId) {
        return service.get(hostOrganizationId);
    }

    @GetMapping("/{hostOrganizationId}/candidates")
    @PreAuthorize("hasAnyRole('PRINCIPAL_LEADER', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "listSignOffCandidates", summary = "可指定的签发人",
            description = "The host's enabled users holding REVIEWER, DEPUTY_LEADER or PRINCIPAL_LEADER, by name: whom "
                    + "designateSignOff accepts (Art 17). Same callers as designateSignOff.")
    Flux<SignOffDesignation.Signer> candidates(@Parameter(example = "19") @PathVariable long hostOrganizationId) {
        return service.candidates(hostOrganizationId);
    }

    @PutMapping("/{hostOrganizationId}")
    @PreAuthorize("hasAnyRole('PRINCIPAL_LEADER', 'SUPERVISOR', 'CITY_ADMIN')")
    @Operation(operationId = "designateSignOff", summary = "指定签发人",
            description = "Designates the signer of the host's GENERAL content and an optional deputy: enabled users of the host "
                    + "holding REVIEWER, DEPUTY_LEADER or PRINCIPAL_LEADER. The host's PRINCIPAL_LEADER for their own unit, "
                    + "SUPERVISOR or CITY_ADMIN within their scope. A stale version is a 409. Audited.")
    Mono<SignOffDesignation> designate(@Parameter(example = "19") @PathVariable long hostOrganizationId,
                                       @Valid @RequestBody SignOffDesignationRequest request) {
        return service.designate(hostOrganizationId, request);
    }
}
