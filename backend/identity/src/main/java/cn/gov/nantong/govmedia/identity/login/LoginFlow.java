package cn.gov.nantong.govmedia.identity.login;

import cn.gov.nantong.govmedia.identity.GovMediaUser;
import cn.gov.nantong.govmedia.identity.IdentityProperties;
import cn.gov.nantong.govmedia.identity.user.LoginEvent;
import cn.gov.nantong.govmedia.identity.user.UserAccounts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after the password was checked: a failure is counted and may lock the name; a success starts the
 * steps the account still owes (second factor, new password, enrolment), and the last step continues to where the
 * browser was going (the authorization endpoint). Every outcome is a login event.
 */
@Component
class LoginFlow implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final UserAccounts accounts;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler continuation = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginFlow(UserAccounts accounts, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException error)
            throws IOException {
        String username = String.valueOf(request.getParameter("username"));
        if (error instanceof LockedException) {
            accounts.recordEvent(username, LoginEvent.LOGIN_REFUSED_LOCKED, request.getRemoteAddr());
            response.sendRedirect("/login?error=locked");
        } else if (error instanceof DisabledException) {
            accounts.recordEvent(username, LoginEvent.LOGIN_REFUSED_DISABLED, request.getRemoteAddr());
            response.sendRedirect("/login?error=disabled");
        } else {
            boolean locked = countFailure(username, LoginEvent.LOGIN_FAILED, request);
            response.sendRedirect(locked ? "/login?error=locked" : "/login?error");
        }
    }

    /** Records a failed attempt; locks the name when it was one too many. Returns whether it locked. */
    boolean countFailure(String username, LoginEvent event, HttpServletRequest request) {
        accounts.recordEvent(username, event, request.getRemoteAddr());
        IdentityProperties.Lockout lockout = properties.lockout();
        if (accounts.recentFailures(username, lockout.window(), clock.instant()) < lockout.maxFailures()) {
            return false;
        }
        accounts.lock(username, clock.instant().plus(lockout.duration()));
        accounts.recordEvent(username, LoginEvent.LOCKED_OUT, request.getRemoteAddr());
        return true;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        GovMediaUser user = accounts.find(authentication.getName()).orElseThrow();
        List<Step> steps = new ArrayList<>();
        if (user.totpSecret() != null) {
            steps.add(Step.VERIFY_SECOND_FACTOR);
        }
        if (user.mustChangePassword()) {
            steps.add(Step.CHANGE_PASSWORD);
        }
        if (user.totpSecret() == null && user.needsSecondFactor(properties.mfaRequired())) {
            steps.add(Step.ENROL_SECOND_FACTOR);
        }
        PendingSteps.start(request, steps);
        proceed(request, response, steps.stream().findFirst(), authentication);
    }

    /** After a step: on to the next one, or, when none is left, the login is complete. */
    void proceed(HttpServletRequest request, HttpServletResponse response, Optional<Step> next, Authentication authentication)
            throws IOException, ServletException {
        if (next.isPresent()) {
            response.sendRedirect(next.get().path);
            return;
        }
        accounts.recordEvent(authentication.getName(), LoginEvent.LOGIN_SUCCEEDED, request.getRemoteAddr());
        continuation.onAuthenticationSuccess(request, response, authentication);
    }

    /** Ends a login that failed a step for good (locked while giving the second factor). */
    void abandon(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        SecurityContextHolder.clearContext();
        request.getSession().invalidate();
        response.sendRedirect("/login?error=" + error);
    }
}
