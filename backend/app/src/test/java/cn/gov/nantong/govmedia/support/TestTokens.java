package cn.gov.nantong.govmedia.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signs access tokens the way the identity provider does, with a key the app under test trusts. */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1:9000";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER_KEYS = generate();
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** The demo users of the identity provider, with the same roles and organizations. */
    public static String cityAdmin() { return user("city-admin", "NT-GOV-OFFICE", "CITY_ADMIN"); }
    public static String auditor() { return user("auditor", "NT-GOV-OFFICE", "AUDITOR"); }
    public static String ccSupervisor() { return user("cc-supervisor", "CC-GOV-OFFICE", "SUPERVISOR"); }
    public static String ccOperator() { return user("cc-operator", "CC-EDU", "OPERATOR"); }
    public static String rdOperator() { return user("rd-operator", "RD-CULTURE", "OPERATOR"); }

    public static String user(String username, String organizationCode, String... roles) {
        return sign(claims(username, "govmedia-admin", Instant.now().plusSeconds(600))
                .claim("roles", List.of(roles)).claim("org_code", organizationCode).build(), KEYS);
    }

    public static String syncClient() {
        return sign(claims("provincial-sync", "provincial-sync", Instant.now().plusSeconds(600))
                .claim("scope", List.of("filing.sync")).build(), KEYS);
    }

    public static String expired() {
        return sign(claims("city-admin", "govmedia-admin", Instant.now().minusSeconds(3600))
                .claim("roles", List.of("CITY_ADMIN")).claim("org_code", "NT-GOV-OFFICE").build(), KEYS);
    }

    public static String fromOtherIssuer() {
        return sign(claims("city-admin", "govmedia-admin", Instant.now().plusSeconds(600))
                .issuer("http://evil.example").claim("roles", List.of("CITY_ADMIN"))
                .claim("org_code", "NT-GOV-OFFICE").build(), KEYS);
    }

    public static String signedByStranger() {
        return sign(claims("city-admin", "govmedia-admin", Instant.now().plusSeconds(600))
                .claim("roles", List.of("CITY_ADMIN")).claim("org_code", "NT-GOV-OFFICE").build(), STRANGER_KEYS);
    }

    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                publicKeyFile = Files.createTempFile("govmedia-test-jwt", ".pem");
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKeyFile, pem);
                Path written = publicKeyFile;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> written.toFile().delete()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    private static JWTClaimsSet.Builder claims(String subject, String audience, Instant expires) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject).audience(audience)
                .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String sign(JWTClaimsSet claims, KeyPair keys) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
