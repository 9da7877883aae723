package cn.gov.nantong.govmedia.identity;

import cn.gov.nantong.govmedia.identity.user.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Roles, organization code and display name go into the access and ID tokens of a person, read from the users table
 * at each issue, so a refresh carries changed roles and a disabled user gets no new token. Claim names match the API's
 * settings.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final UserAccounts accounts;

    TokenClaims(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean personal = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || "id_token".equals(context.getTokenType().getValue());
        if (!personal || !(context.getPrincipal() instanceof UsernamePasswordAuthenticationToken person)) {
            return;
        }
        var user = accounts.find(person.getName()).filter(found -> found.isEnabled())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "the user is disabled or no longer exists", null)));
        context.getClaims()
                // a plain ArrayList: the claims are stored with the authorization, and Jackson's allowlist reads back no JDK-internal list
                .claim("roles", new java.util.ArrayList<>(user.roles()))
                .claim("org_code", user.organizationCode())
                .claim("name", user.displayName())
                .claim("preferred_username", user.getUsername());
    }
}
