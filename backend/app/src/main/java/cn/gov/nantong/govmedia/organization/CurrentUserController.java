package cn.gov.nantong.govmedia.organization;

import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "me")
class CurrentUserController {

    private final CurrentUsers users;
    private final OrganizationScopes scopes;
    private final OrganizationRepository organizations;
    private final OrganizationMapper mapper;

    CurrentUserController(CurrentUsers users, OrganizationScopes scopes, OrganizationRepository organizations,
                          OrganizationMapper mapper) {
        this.users = users;
        this.scopes = scopes;
        this.organizations = organizations;
        this.mapper = mapper;
    }

    @Schema(description = "当前用户 / the caller")
    record Me(@Schema(example = "cc-operator") String username,
              @Schema(example = "[\"OPERATOR\"]") List<Role> roles,
              @Schema(example = "CC-EDU") @Nullable String organizationCode,
              @Nullable OrganizationResponse organization) {
    }

    @GetMapping("/api/v1/me")
    @Operation(operationId = "getCurrentUser", summary = "当前用户、角色与所在单位", description = "Any administrator role.")
    Mono<Me> me() {
        return users.current().flatMap(user -> scopes.of(user)
                .flatMap(scope -> organizations.findByCode(user.organizationCode(), scope))
                .map(mapper::toResponse)
                .map(org -> new Me(user.username(), user.roles().stream().sorted().toList(), user.organizationCode(), org))
                .defaultIfEmpty(new Me(user.username(), user.roles().stream().sorted().toList(), user.organizationCode(), null)));
    }
}
