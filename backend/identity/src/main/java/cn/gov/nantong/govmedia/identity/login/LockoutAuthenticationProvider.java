package cn.gov.nantong.govmedia.identity.login;

import cn.gov.nantong.govmedia.identity.IdentityProperties;
import cn.gov.nantong.govmedia.identity.user.UserAccounts;
import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login that refuses a locked name before looking at the password, and tells a disabled account apart only
 * once the password was right, so neither answer reveals whether a user exists. The authenticated principal is a plain
 * {@link User}: it is stored with the authorization in PostgreSQL, and the token customizer reads the rest fresh.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final UserAccounts accounts;
    private final IdentityProperties.Lockout lockout;
    private final Clock clock;

    LockoutAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, UserAccounts accounts,
                                  IdentityProperties.Lockout lockout, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.accounts = accounts;
        this.lockout = lockout;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (accounts.locked(authentication.getName(), lockout.duration(), clock.instant())) {
            throw new LockedException("locked");
        }
        Authentication checked = passwords.authenticate(authentication);
        // the authorities keep Spring Security's password factor, which carries the authentication time (auth_time)
        User principal = new User(checked.getName(), "", checked.getAuthorities());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                checked.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
