package cn.gov.nantong.govmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.nantong.govmedia.identity.key.SigningKeys;
import cn.gov.nantong.govmedia.identity.support.Browser;
import cn.gov.nantong.govmedia.identity.support.Instances;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

class KeyRotationIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    @DisplayName("after a key rotation, a token signed with the old key still verifies and new tokens use the new key")
    void oldTokensSurviveRotation() throws Exception {
        Path keys = Files.createTempDirectory("identity-keys").resolve("keys.json");
        String before;
        String oldKid;
        try (ConfigurableApplicationContext instance = Instances.start(keys)) {
            before = clientToken(Instances.base(instance));
            oldKid = SigningKeys.loadOrCreate(keys).active().getKeyID();
        }

        String newKid = SigningKeys.rotate(keys);
        assertThat(newKid).isNotEqualTo(oldKid);

        try (ConfigurableApplicationContext instance = Instances.start(keys)) {
            String base = Instances.base(instance);
            JWKSet published = JWKSet.parse(new Browser().get(base + "/oauth2/jwks").body());
            assertThat(published.getKeys()).extracting(key -> key.getKeyID()).containsExactly(newKid, oldKid);

            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
            Jwt old = decoder.decode(before);
            assertThat(old.getHeaders().get("kid")).isEqualTo(oldKid);
            Jwt fresh = decoder.decode(clientToken(base));
            assertThat(fresh.getHeaders().get("kid")).isEqualTo(newKid);
        }

        SigningKeys.rotate(keys);
        assertThat(SigningKeys.loadOrCreate(keys).all().getKeys()).as("the key before the previous one is dropped")
                .hasSize(2).extracting(key -> key.getKeyID()).doesNotContain(oldKid).contains(newKid);
    }

    private String clientToken(String base) {
        Browser.Page answer = new Browser().postRaw(base + "/oauth2/token", Map.of("grant_type", "client_credentials",
                "scope", "filing.sync"), "Basic " + Base64.getEncoder().encodeToString(
                "provincial-sync:provincial-sync-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return (String) json.readValue(answer.body(), Map.class).get("access_token");
    }
}
