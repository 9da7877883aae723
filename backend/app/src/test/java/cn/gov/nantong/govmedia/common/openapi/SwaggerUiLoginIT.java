package cn.gov.nantong.govmedia.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 16: Swagger UI's "Authorize" logs in at the issuer with the authorization code and PKCE, as the admin app does. */
@IntegrationTest
class SwaggerUiLoginIT {

    @Autowired
    WebTestClient web;
    @Autowired
    SwaggerUiOAuthProperties oauth;

    @Test
    @DisplayName("Swagger UI: client govmedia-admin with PKCE, the issuer's endpoints, redirect to /swagger-ui/oauth2-redirect.html, CSP allows the token call")
    void swaggerUiLogsInAtTheIssuer() {
        // what springdoc writes into Swagger UI's initOAuth (the static files themselves are read blocking, so not fetched here)
        assertThat(oauth.getConfigParameters()).containsEntry("clientId", "govmedia-admin")
                .containsEntry("usePkceWithAuthorizationCodeGrant", true);

        SwaggerConfig config = web.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(SwaggerConfig.class).returnResult().getResponseBody();
        assertThat(config).isNotNull();
        assertThat(URI.create(config.oauth2RedirectUrl()).getPath()).isEqualTo("/swagger-ui/oauth2-redirect.html");

        web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.securitySchemes.oidc.flows.authorizationCode.authorizationUrl")
                .isEqualTo(TestTokens.ISSUER + "/oauth2/authorize")
                .jsonPath("$.components.securitySchemes.oidc.flows.authorizationCode.tokenUrl")
                .isEqualTo(TestTokens.ISSUER + "/oauth2/token");

        web.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized()
                .expectHeader().value("Content-Security-Policy",
                        csp -> assertThat(csp).contains("connect-src 'self' " + TestTokens.ISSUER + ";"));
    }

    record SwaggerConfig(String oauth2RedirectUrl) {
    }
}
