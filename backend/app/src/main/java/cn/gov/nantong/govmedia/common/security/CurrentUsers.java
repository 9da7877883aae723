package cn.gov.nantong.govmedia.common.security;

import cn.gov.nantong.govmedia.common.GovMediaProperties;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads the caller from the reactive security context. */
@Component
public class CurrentUsers {

    private final GovMediaProperties.Security settings;

    CurrentUsers(GovMediaProperties properties) {
        this.settings = properties.security();
    }

    /** The caller, or empty for anonymous requests. */
    public Mono<CurrentUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(this::toUser);
    }

    CurrentUser toUser(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean syncScope = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                for (Role role : Role.values()) {
                    if (role.authority().equals(name)) {
                        roles.add(role);
                    }
                }
            } else if (name.equals("SCOPE_" + settings.syncScope())) {
                syncScope = true;
            }
        }
        String organization = authentication instanceof JwtAuthenticationToken jwt
                ? jwt.getToken().getClaimAsString(settings.organizationClaim()) : null;
        return new CurrentUser(authentication.getName(), Set.copyOf(roles), organization, syncScope && roles.isEmpty());
    }
}
