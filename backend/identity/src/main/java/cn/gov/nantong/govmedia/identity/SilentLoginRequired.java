package cn.gov.nantong.govmedia.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An authorization request with {@code prompt=none} from someone without a login session is answered
 * {@code error=login_required} at the client's registered redirect URI (OpenID Connect Core 3.1.2.6), so the admin
 * app's hidden renewal frame learns at once that a new login is needed. Without this, Spring Security 7.0's
 * authorization filter sends the frame to the login page before the authorization endpoint sees the prompt
 * (spring-projects/spring-security#18647), and the app waits for a frame that never answers.
 */
class SilentLoginRequired extends OncePerRequestFilter {

    static final String AUTHORIZATION_ENDPOINT = "/oauth2/authorize";

    private final RegisteredClientRepository clients;

    SilentLoginRequired(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String redirectUri = silentRequestWithoutLogin(request) ? registeredRedirectUri(request) : null;
        if (redirectUri == null) {
            chain.doFilter(request, response);
            return;
        }
        UriComponentsBuilder answer = UriComponentsBuilder.fromUriString(redirectUri).queryParam("error", "login_required");
        String state = request.getParameter("state");
        if (state != null) {
            answer.queryParam("state", state);
        }
        response.sendRedirect(answer.encode().build().toUriString());
    }

    private static boolean silentRequestWithoutLogin(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return !loggedIn && "GET".equals(request.getMethod()) && AUTHORIZATION_ENDPOINT.equals(request.getRequestURI().substring(request.getContextPath().length()))
                && "none".equals(request.getParameter("prompt"));
    }

    /** The request's redirect URI if it is one its client registered; otherwise the endpoint answers the error itself. */
    private String registeredRedirectUri(HttpServletRequest request) {
        String clientId = request.getParameter("client_id");
        String redirectUri = request.getParameter("redirect_uri");
        RegisteredClient client = clientId == null ? null : clients.findByClientId(clientId);
        return client != null && redirectUri != null && client.getRedirectUris().contains(redirectUri) ? redirectUri : null;
    }
}
