package cn.gov.nantong.govmedia.identity;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A person who may log in: display name, roles, the code of the organization they work in, and what their login
 * still requires (a new password, a second factor).
 */
public class GovMediaUser extends User {

    private final String displayName;
    private final List<String> roles;
    private final String organizationCode;
    private final boolean mustChangePassword;
    private final String totpSecret;

    public GovMediaUser(String username, String password, boolean enabled, String displayName, List<String> roles,
                        String organizationCode, boolean mustChangePassword, String totpSecret) {
        super(username, password, enabled, true, true, true,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.displayName = displayName;
        this.roles = List.copyOf(roles);
        this.organizationCode = organizationCode;
        this.mustChangePassword = mustChangePassword;
        this.totpSecret = totpSecret;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> roles() {
        return roles;
    }

    public String organizationCode() {
        return organizationCode;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Base32 secret of the enrolled second factor, or null. */
    public String totpSecret() {
        return totpSecret;
    }

    /** Roles that see the whole city must use a second factor where the deployment requires it. */
    public boolean needsSecondFactor(boolean mfaRequired) {
        return totpSecret != null || mfaRequired && (roles.contains("CITY_ADMIN") || roles.contains("AUDITOR"));
    }
}
