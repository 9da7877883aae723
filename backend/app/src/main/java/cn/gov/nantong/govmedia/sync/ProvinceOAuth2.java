package cn.gov.nantong.govmedia.sync;

import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.RemoveAuthorizedClientReactiveOAuth2AuthorizationFailureHandler;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The province's client-credentials token through Spring Security's OAuth2 client: fetched on first use, kept until it
 * expires, dropped when the province answers 401. Plain objects rather than beans, so that nothing in the app's
 * resource-server security sees a client registration.
 */
final class ProvinceOAuth2 {

    static final String REGISTRATION_ID = "province";

    /** The token is the application's, not the caller's: a reconciliation started by a person must not get a token of its own. */
    private static final Authentication APPLICATION = UsernamePasswordAuthenticationToken.authenticated("govmedia", null, List.of());

    private ProvinceOAuth2() {
    }

    /** Authorizes every request of a WebClient; {@code tokenClient} is a plain WebClient for the token endpoint. */
    static ExchangeFilterFunction filter(ProvinceProperties settings, WebClient tokenClient, Clock clock) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(settings.tokenUrl())
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scope())
                .build();
        var registrations = new InMemoryReactiveClientRegistrationRepository(registration);
        var tokens = new InMemoryReactiveOAuth2AuthorizedClientService(registrations);

        var tokenResponses = new WebClientReactiveClientCredentialsTokenResponseClient();
        tokenResponses.setWebClient(tokenClient);
        var clientCredentials = new ClientCredentialsReactiveOAuth2AuthorizedClientProvider();
        clientCredentials.setAccessTokenResponseClient(tokenResponses);
        clientCredentials.setClock(clock);
        var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(clientCredentials);

        var oauth2 = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
        oauth2.setDefaultClientRegistrationId(REGISTRATION_ID);
        oauth2.setAuthorizationFailureHandler(new RemoveAuthorizedClientReactiveOAuth2AuthorizationFailureHandler(
                (registrationId, principal, attributes) -> tokens.removeAuthorizedClient(registrationId, principal.getName())));
        return (request, next) -> oauth2.filter(request, next)
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(APPLICATION));
    }
}
