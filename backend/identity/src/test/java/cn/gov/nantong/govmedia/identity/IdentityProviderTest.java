package cn.gov.nantong.govmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.nantong.govmedia.identity.support.IdentityTestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = "govmedia.identity.key-file=target/test-identity-signing-key.json")
@AutoConfigureMockMvc
@ActiveProfiles({"local", "test"})
@ContextConfiguration(initializers = IdentityTestDatabase.class)
class IdentityProviderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void loginPageIsInChineseWithACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("统一身份认证")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void wrongPasswordGoesBackToTheFormWithAnError() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "city-admin").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码错误")));
    }

    @Test
    void authorizationCodeWithPkceYieldsTokensCarryingRolesAndOrganization() throws Exception {
        String verifier = "a-long-random-code-verifier-for-the-test-0123456789abcdef";
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", "cc-operator").param("password", "demo"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession();

        // The endpoint reads a GET request's query string itself, so the parameters go into the URL.
        String authorize = "/oauth2/authorize?response_type=code&client_id=govmedia-admin"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5173%2Fcallback&scope=openid%20profile&state=s1"
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";
        String location = mvc.perform(get(URI.create(authorize)).session(session))
                .andExpect(status().is3xxRedirection())
                // the admin app renews tokens in a hidden frame: its origins may frame the endpoint, no one else
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().doesNotExist("X-Frame-Options"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Security-Policy",
                        "frame-ancestors 'self' http://127.0.0.1:5173 http://localhost:5173 http://127.0.0.1:8080"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).startsWith("http://127.0.0.1:5173/callback");
        String code = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams().getFirst("code");

        String body = mvc.perform(post("/oauth2/token")
                        .param("grant_type", "authorization_code").param("code", code).param("client_id", "govmedia-admin")
                        .param("redirect_uri", "http://127.0.0.1:5173/callback").param("code_verifier", verifier))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<?, ?> tokens = json.readValue(body, Map.class);
        Map<?, ?> access = claims((String) tokens.get("access_token"));
        assertThat(access.get("iss")).isEqualTo("http://127.0.0.1:9000");
        assertThat(access.get("roles")).isEqualTo(List.of("OPERATOR"));
        assertThat(access.get("org_code")).isEqualTo("CC-EDU");
        assertThat(access.get("name")).isEqualTo("崇川区教体局运维员");
        assertThat(claims((String) tokens.get("id_token")).get("org_code")).isEqualTo("CC-EDU");
    }

    @Test
    void silentRenewalWithoutALoginSessionIsToldLoginRequiredAtOnce() throws Exception {
        String authorize = "/oauth2/authorize?response_type=code&client_id=govmedia-admin&prompt=none"
                + "&scope=openid%20profile&state=s%202&code_challenge=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG&code_challenge_method=S256"
                + "&redirect_uri=";
        mvc.perform(get(URI.create(authorize + "http%3A%2F%2F127.0.0.1%3A5173%2Fsilent-renew")))
                .andExpect(redirectedUrl("http://127.0.0.1:5173/silent-renew?error=login_required&state=s%202"));
        // a redirect URI the client did not register is never redirected to
        String elsewhere = mvc.perform(get(URI.create(authorize + "https%3A%2F%2Fevil.example%2Fsilent-renew")))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(String.valueOf(elsewhere)).doesNotContain("evil.example");
    }

    @Test
    void provincialClientGetsAScopedTokenWithoutPersonalClaims() throws Exception {
        String body = mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                                .encodeToString("provincial-sync:provincial-sync-secret".getBytes(StandardCharsets.UTF_8)))
                        .param("grant_type", "client_credentials").param("scope", "filing.sync"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<?, ?> access = claims((String) json.readValue(body, Map.class).get("access_token"));
        assertThat(access.get("scope")).isEqualTo(List.of("filing.sync"));
        assertThat(String.valueOf(access.get("aud"))).contains("provincial-sync");
        assertThat(access.containsKey("roles")).isFalse();

        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                                .encodeToString("provincial-sync:wrong".getBytes(StandardCharsets.UTF_8)))
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isUnauthorized());
    }

    private Map<?, ?> claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return json.readValue(Base64.getUrlDecoder().decode(payload), Map.class);
    }
}
