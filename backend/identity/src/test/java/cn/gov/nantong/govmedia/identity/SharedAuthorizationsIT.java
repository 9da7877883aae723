package cn.gov.nantong.govmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.identity.support.Browser;
import cn.gov.nantong.govmedia.identity.support.Instances;
import cn.gov.nantong.govmedia.identity.support.Pkce;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

class SharedAuthorizationsIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    @DisplayName("two identity instances behind one address: log in and get tokens on one, refresh on the other")
    void refreshOnTheOtherInstance() throws Exception {
        Path keys = Files.createTempDirectory("identity-keys").resolve("keys.json");
        try (ConfigurableApplicationContext first = Instances.start(keys);
             ConfigurableApplicationContext second = Instances.start(keys)) {
            String a = Instances.base(first);
            String b = Instances.base(second);
            Browser browser = new Browser();
            browser.get(a + Pkce.authorizePath(Instances.CLIENT));
            browser.get(a + "/login");
            Browser.Page loggedIn = browser.post(a + "/login", Map.of("username", "cc-operator", "password", "demo"));
            Browser.Page callback = browser.follow(a, loggedIn, Pkce.REDIRECT);
            String code = UriComponentsBuilder.fromUri(URI.create(callback.location())).build().getQueryParams().getFirst("code");

            Map<?, ?> issued = token(browser, a, Map.of("grant_type", "authorization_code", "code", code,
                    "redirect_uri", Pkce.REDIRECT, "code_verifier", Pkce.VERIFIER));
            assertThat(issued.get("refresh_token")).isNotNull();

            Map<?, ?> refreshed = token(browser, b, Map.of("grant_type", "refresh_token",
                    "refresh_token", (String) issued.get("refresh_token")));
            assertThat(refreshed.get("access_token")).isNotNull().isNotEqualTo(issued.get("access_token"));
            Map<?, ?> claims = json.readValue(Base64.getUrlDecoder().decode(((String) refreshed.get("access_token")).split("\\.")[1]), Map.class);
            assertThat(claims.get("org_code")).isEqualTo("CC-EDU");

            JdbcClient db = first.getBean(JdbcClient.class);
            db.sql("update users set enabled = false where username = 'cc-operator'").update();
            try {
                String basic = "Basic " + Base64.getEncoder().encodeToString(
                        (Instances.CLIENT + ":" + Instances.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
                Browser.Page refused = browser.postRaw(a + "/oauth2/token", Map.of("grant_type", "refresh_token",
                        "refresh_token", (String) (refreshed.get("refresh_token") != null ? refreshed : issued).get("refresh_token")), basic);
                assertThat(refused.status()).as("a disabled user gets no new token").isEqualTo(400);
                assertThat(refused.body()).contains("invalid_grant");
            } finally {
                db.sql("update users set enabled = true where username = 'cc-operator'").update();
            }
        }
    }

    private Map<?, ?> token(Browser browser, String base, Map<String, String> form) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (Instances.CLIENT + ":" + Instances.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Browser.Page answer = browser.postRaw(base + "/oauth2/token", form, basic);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return json.readValue(answer.body(), Map.class);
    }
}
