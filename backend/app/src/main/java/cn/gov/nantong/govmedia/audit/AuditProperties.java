package cn.gov.nantong.govmedia.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyFile      the EC P-256 key pair that signs tree heads, made on first start; instances share the file
 * @param sealInterval how often the sealer looks for committed events
 * @param sealBound    an event still unsealed after this is late: counted by the verification and the alert
 */
@ConfigurationProperties("govmedia.audit")
record AuditProperties(Path keyFile, Duration sealInterval, Duration sealBound) {

    AuditProperties {
        keyFile = keyFile == null ? Path.of(".local/audit-signing-key.pem") : keyFile;
        sealInterval = sealInterval == null ? Duration.ofMillis(250) : sealInterval;
        sealBound = sealBound == null ? Duration.ofSeconds(1) : sealBound;
    }
}
