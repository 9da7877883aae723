package cn.gov.nantong.govmedia.complaint;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of public interaction.
 *
 * @param replyWorkingDays  reply due within this many working days of receipt (domain default 5)
 * @param duplicateWindow   the same content from the same client address within this window gets the first tracking number
 * @param tokenSecret       HMAC key for query tokens of idempotent submissions; blank = random per instance
 * @param maxBodyBytes      largest public submission body accepted (413 beyond)
 */
@ConfigurationProperties("govmedia.complaints")
public record ComplaintProperties(Integer replyWorkingDays, Duration duplicateWindow, String tokenSecret, Integer maxBodyBytes) {

    public ComplaintProperties {
        replyWorkingDays = replyWorkingDays == null ? 5 : replyWorkingDays;
        duplicateWindow = duplicateWindow == null ? Duration.ofMinutes(10) : duplicateWindow;
        tokenSecret = tokenSecret == null ? "" : tokenSecret;
        maxBodyBytes = maxBodyBytes == null ? 32 * 1024 : maxBodyBytes;
    }
}
