package cn.gov.nantong.govmedia.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
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

/**
 * {@code make bench}: a fresh signing key and two access tokens shaped like the identity provider's (the demo city
 * administrator and the provincial sync client), valid for six hours. Writes {@code jwt-public.pem},
 * {@code city-admin.jwt} and {@code sync.jwt} into the folder given; the app under load trusts the PEM
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), so no identity server has to run.
 */
public final class BenchTokens {

    private static final String ISSUER = "http://127.0.0.1:9000";

    private BenchTokens() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException, JOSEException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Files.writeString(folder.resolve("jwt-public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Files.writeString(folder.resolve("city-admin.jwt"), sign(claims("city-admin", "govmedia-admin")
                .claim("roles", List.of("CITY_ADMIN")).claim("org_code", "NT-GOV-OFFICE").build(), keys));
        Files.writeString(folder.resolve("sync.jwt"), sign(claims("provincial-sync", "provincial-sync")
                .claim("scope", List.of("filing.sync")).build(), keys));
    }

    private static JWTClaimsSet.Builder claims(String subject, String audience) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject).audience(audience).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(6 * 3600))).jwtID(UUID.randomUUID().toString());
    }

    private static String sign(JWTClaimsSet claims, KeyPair keys) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }
}
