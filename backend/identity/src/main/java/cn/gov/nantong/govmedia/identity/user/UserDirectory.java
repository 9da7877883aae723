package cn.gov.nantong.govmedia.identity.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
/**
 * Users by name, from PostgreSQL. Deliberately not a bean: Spring Security would otherwise build a second,
 * plain password provider from it, which knows neither the lock-out nor the order of the checks.
 */
public class UserDirectory implements UserDetailsService {

    private final UserAccounts accounts;

    public UserDirectory(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
