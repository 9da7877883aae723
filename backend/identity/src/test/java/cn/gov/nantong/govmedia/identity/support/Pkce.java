package cn.gov.nantong.govmedia.identity.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The admin app's authorization request: PKCE with S256, as oidc-client-ts sends it. */
public final class Pkce {

    public static final String VERIFIER = "a-long-random-code-verifier-for-the-test-0123456789abcdef";
    public static final String REDIRECT = "http://127.0.0.1:5173/callback";

    private Pkce() {
    }

    public static String authorizePath(String clientId) {
        return "/oauth2/authorize?response_type=code&client_id=" + clientId
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5173%2Fcallback&scope=openid%20profile&state=s1"
                + "&code_challenge=" + challenge() + "&code_challenge_method=S256";
    }

    private static String challenge() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
