package cn.gov.nantong.govmedia.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyFile        JWK set the tokens are signed with: the first key signs, the others still verify (rotation)
 * @param allowedOrigins browser origins of the admin app (CORS for the token and key endpoints)
 * @param demoUsers      JSON file of demo users loaded at start (the local demo switch; never in production)
 * @param mfaRequired    CITY_ADMIN and AUDITOR must use a second factor (GOVMEDIA_IDENTITY_MFA_REQUIRED)
 * @param lockout        failed logins that lock an account, within which window, for how long
 */
@ConfigurationProperties("govmedia.identity")
public record IdentityProperties(Path keyFile, List<String> allowedOrigins, String demoUsers, boolean mfaRequired,
                                 Lockout lockout) {

    public IdentityProperties {
        keyFile = keyFile == null ? Path.of(".local/identity-signing-key.json") : keyFile;
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins;
        lockout = lockout == null ? new Lockout(0, null, null) : lockout;
    }

    public record Lockout(int maxFailures, Duration window, Duration duration) {
        public Lockout {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            window = window == null ? Duration.ofMinutes(15) : window;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
        }
    }
}
