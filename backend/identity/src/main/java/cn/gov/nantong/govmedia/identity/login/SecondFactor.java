package cn.gov.nantong.govmedia.identity.login;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/** RFC 6238 codes (30 s, 6 digits, HMAC-SHA1, what authenticator apps expect); one step of clock drift either way. */
@Component
class SecondFactor {

    private static final String ISSUER = "南通政务新媒体";
    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SecondFactor(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    boolean verify(String secret, String code) {
        if (secret == null || code == null || !code.trim().matches("\\d{6}")) {
            return false;
        }
        Instant now = clock.instant();
        for (int drift = -1; drift <= 1; drift++) {
            if (code(secret, now.plus(generator.getTimeStep().multipliedBy(drift))).equals(code.trim())) {
                return true;
            }
        }
        return false;
    }

    String code(String secret, Instant at) {
        try {
            SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
            return generator.generateOneTimePasswordString(key, at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable second-factor secret", e);
        }
    }

    /** The enrolment address an authenticator app reads (as text or as a QR code). */
    static String enrolmentUri(String username, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8)
                + "&period=" + Duration.ofSeconds(30).toSeconds() + "&digits=6";
    }
}
