package cn.gov.nantong.govmedia.common.security;

import cn.gov.nantong.govmedia.common.GovMediaProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Roles claim → ROLE_x, scopes → SCOPE_x. The claim name is a setting, so Keycloak etc. can issue tokens. */
class JwtAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final GovMediaProperties.Security settings;

    JwtAuthorities(GovMediaProperties.Security settings) {
        this.settings = settings;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : claimValues(jwt, settings.rolesClaim())) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        for (String scope : claimValues(jwt, "scope")) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
        }
        return authorities;
    }

    private static List<String> claimValues(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.trim().split("\\s+"));
        }
        return List.of();
    }
}
