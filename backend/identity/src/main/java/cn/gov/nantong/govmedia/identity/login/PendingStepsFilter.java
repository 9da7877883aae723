package cn.gov.nantong.govmedia.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security: a session whose password was right but that still owes a step (second factor, new
 * password) reaches only that step's page, the style sheet, the login page and logout; above all no authorization
 * endpoint, so no token is issued before every step is passed.
 */
class PendingStepsFilter extends OncePerRequestFilter {

    private static final Set<String> ALWAYS = Set.of("/login", "/login.css", "/logout", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Step> next = PendingSteps.next(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (next.isEmpty() || ALWAYS.contains(path) || path.equals(next.get().path) || path.startsWith("/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + next.get().path);
    }
}
