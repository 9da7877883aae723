package cn.gov.nantong.govmedia.sync;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How we reach the provincial filing-check system and how hard we try.
 *
 * @param baseUrl        the province's API root; delivery is off while it is blank
 * @param auth           NONE, API_KEY or OAUTH2 (client credentials)
 * @param maxAttempts    attempts before a delivery becomes a dead letter an administrator can retry
 * @param lease          how long a worker owns a claimed delivery; an instance that dies mid-delivery loses it after this
 * @param divisionCode   the division whose register reconciliation compares
 */
@ConfigurationProperties("govmedia.province")
public record ProvinceProperties(String baseUrl, Auth auth, String apiKey, String tokenUrl, String clientId,
                                 String clientSecret, String scope, Integer maxAttempts, Duration initialBackoff,
                                 Duration maxBackoff, Duration attemptTimeout, Duration pollInterval, Integer batchSize,
                                 Duration lease, String divisionCode) {

    public enum Auth { NONE, API_KEY, OAUTH2 }

    public ProvinceProperties {
        auth = auth == null ? Auth.NONE : auth;
        scope = scope == null ? "filing.submit" : scope;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
        attemptTimeout = attemptTimeout == null ? Duration.ofSeconds(10) : attemptTimeout;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        batchSize = batchSize == null ? 10 : batchSize;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        divisionCode = divisionCode == null ? "320600" : divisionCode;
    }

    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }
}
