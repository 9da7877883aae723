package cn.gov.nantong.govmedia.common;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of our own; claim names are settings so any OpenID Connect provider can issue the tokens. */
@ConfigurationProperties("govmedia")
public record GovMediaProperties(ZoneId timeZone, Security security) {

    public GovMediaProperties {
        timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
        security = security == null ? new Security(null, null, null) : security;
    }

    public record Security(String rolesClaim, String organizationClaim, String syncScope) {
        public Security {
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            organizationClaim = organizationClaim == null ? "org_code" : organizationClaim;
            syncScope = syncScope == null ? "filing.sync" : syncScope;
        }
    }
}
