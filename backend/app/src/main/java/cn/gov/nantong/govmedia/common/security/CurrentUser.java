package cn.gov.nantong.govmedia.common.security;

import java.util.Set;

/** Who is calling: a person with roles in one organization, or the provincial machine client. */
public record CurrentUser(String username, Set<Role> roles, String organizationCode, boolean machineClient) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean cityWide() {
        return roles.stream().anyMatch(Role::cityWide);
    }
}
