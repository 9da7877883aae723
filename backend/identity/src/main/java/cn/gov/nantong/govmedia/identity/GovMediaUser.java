package cn.gov.nantong.govmedia.identity;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A person who may log in: display name, roles and the code of the organization they work in. */
public class GovMediaUser extends User {

    private final String displayName;
    private final List<String> roles;
    private final String organizationCode;

    public GovMediaUser(String username, String password, String displayName, List<String> roles, String organizationCode) {
        super(username, password, roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.displayName = displayName;
        this.roles = List.copyOf(roles);
        this.organizationCode = organizationCode;
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
}
