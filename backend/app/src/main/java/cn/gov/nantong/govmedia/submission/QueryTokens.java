package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.complaint.ComplaintProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Query tokens: random, or for an idempotent submission an HMAC of its key and body, so a retried request gets
 * the same token back without the token ever being stored. Only SHA-256 hashes are kept.
 */
@Component
class QueryTokens {

    /**
     * A DRBG seeded here, at startup, from the operating system; unlike the default NativePRNG it does not read
     * /dev/urandom on every call, so drawing a token never does file I/O on an event-loop thread.
     */
    private final SecureRandom random = drbg();
    private final byte[] secret;

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no DRBG", e);
        }
    }

    QueryTokens(ComplaintProperties properties) {
        random.nextBytes(new byte[16]);
        if (properties.tokenSecret().isBlank()) {
            secret = new byte[32];
            random.nextBytes(secret);
        } else {
            secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    String random() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String forIdempotentRequest(String idempotencyKey, String requestHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((idempotencyKey + "\n" + requestHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a presented token with the stored hash. */
    static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
