package cn.gov.nantong.govmedia.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Users by name. Hands out a fresh copy on each lookup: Spring Security erases the password of the
 * object it authenticated, and the token customizer needs our own type to read roles and organization.
 */
class UserDirectory implements UserDetailsService {

    private final Map<String, GovMediaUser> users;

    UserDirectory(List<GovMediaUser> users) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(GovMediaUser::getUsername, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        GovMediaUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return new GovMediaUser(user.getUsername(), user.getPassword(), user.displayName(), user.roles(),
                user.organizationCode());
    }
}
