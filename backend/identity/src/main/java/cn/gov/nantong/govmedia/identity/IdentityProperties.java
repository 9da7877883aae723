package cn.gov.nantong.govmedia.identity;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param usersFile      JSON file of users (local demo only; production points at a real directory instead)
 * @param keyFile        where the RSA signing key is kept so tokens survive a restart
 * @param allowedOrigins browser origins of the admin app (CORS for the token and key endpoints)
 */
@ConfigurationProperties("govmedia.identity")
public record IdentityProperties(String usersFile, Path keyFile, List<String> allowedOrigins) {

    public IdentityProperties {
        keyFile = keyFile == null ? Path.of(".local/identity-signing-key.json") : keyFile;
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins;
    }
}
