package cn.gov.nantong.govmedia.complaint;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of public interaction.
 *
 * @param replyWorkingDays  reply due within this many working days of receipt (domain default 5)
 * @param duplicateWindow   the same content from the same client address within this window gets the first tracking number
 * @param tokenSecret       HMAC key for query tokens of idempotent submissions; blank = random per instance
 * @param maxBodyBytes      largest public submission body accepted (413 beyond)
 * @param letterFonts       TrueType fonts with CJK glyphs for the counterfeit letter, the first existing one is used
 */
@ConfigurationProperties("govmedia.complaints")
record ComplaintProperties(Integer replyWorkingDays, Duration duplicateWindow, String tokenSecret, Integer maxBodyBytes,
                           List<String> letterFonts) {

    ComplaintProperties {
        replyWorkingDays = replyWorkingDays == null ? 5 : replyWorkingDays;
        duplicateWindow = duplicateWindow == null ? Duration.ofMinutes(10) : duplicateWindow;
        tokenSecret = tokenSecret == null ? "" : tokenSecret;
        maxBodyBytes = maxBodyBytes == null ? 32 * 1024 : maxBodyBytes;
        letterFonts = letterFonts == null || letterFonts.isEmpty()
                ? List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf") : letterFonts;
    }
}
