package cn.gov.nantong.govmedia.common.security;

import cn.gov.nantong.govmedia.support.IntegrationTest;
import cn.gov.nantong.govmedia.support.TestTokens;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 16: any OpenID Connect provider can issue the tokens. The app is configured for a second issuer, as a Keycloak
 * realm would be, with a key of its own, its own audience and other claim names for the roles and the organization.
 */
@IntegrationTest
class ExternalProviderIT {

    private static final String ISSUER = "https://sso.example.gov.cn/realms/nantong";
    private static final String AUDIENCE = "govmedia-api";
    private static final RSAKey KEY = generate();
    private static final Path PUBLIC_KEY = publicKeyFile();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + PUBLIC_KEY);
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
        properties.add("govmedia.security.roles-claim", () -> "groups");
        properties.add("govmedia.security.organization-claim", () -> "department");
    }

    @AfterAll
    static void removeKeyFile() throws IOException {
        Files.deleteIfExists(PUBLIC_KEY);
    }

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("A token with groups and department gives the roles and the organization: /me, a CITY_ADMIN-only write")
    void groupsAndDepartmentAreTheRolesAndTheOrganization() {
        String admin = token("zhang.wei", Map.of("groups", List.of("CITY_ADMIN"), "department", "NT-GOV-OFFICE"));
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("zhang.wei")
                .jsonPath("$.roles").isEqualTo(List.of("CITY_ADMIN"))
                .jsonPath("$.organizationCode").isEqualTo("NT-GOV-OFFICE")
                .jsonPath("$.organization.name").isEqualTo("南通市人民政府办公室");
        web.post().uri("/api/v1/checklist-items").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "EXTERNAL_PROVIDER", "name", "外部身份认证服务测试项", "kind", "SCORED", "points", 1,
                        "active", false, "sortOrder", 99))
                .exchange()
                .expectStatus().isCreated();
    }

    @Test
    @DisplayName("The department claim sets the organization scope: a 崇川区 supervisor sees only 崇川区 and may not write city settings")
    void departmentScopesTheCaller() {
        String supervisor = token("li.na", Map.of("groups", List.of("SUPERVISOR"), "department", "CC-GOV-OFFICE"));
        web.get().uri("/api/v1/organizations?q=教育").headers(h -> h.setBearerAuth(supervisor)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].code").isEqualTo("CC-EDU");
        web.post().uri("/api/v1/checklist-items").headers(h -> h.setBearerAuth(supervisor)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "NOT_ALLOWED", "name", "无权新增", "kind", "SCORED", "points", 1, "active", false,
                        "sortOrder", 98))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    @DisplayName("The default claim names carry nothing here (403); the built-in provider's tokens are refused (401)")
    void otherClaimNamesAndOtherIssuersAreRefused() {
        String defaultNames = token("zhang.wei", Map.of("roles", List.of("CITY_ADMIN"), "org_code", "NT-GOV-OFFICE"));
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(defaultNames)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestTokens.cityAdmin())).exchange()
                .expectStatus().isUnauthorized();
    }

    private static String token(String subject, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject).audience(AUDIENCE)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
        claims.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), builder.build());
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("sso-example").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path publicKeyFile() {
        try {
            Path file = Files.createTempFile("govmedia-external-provider", ".pem");
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEY.toPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            return Files.writeString(file, pem);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
