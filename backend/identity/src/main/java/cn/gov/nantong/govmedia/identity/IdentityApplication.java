package cn.gov.nantong.govmedia.identity;

import cn.gov.nantong.govmedia.identity.key.SigningKeys;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The OpenID Connect provider of the platform: users in PostgreSQL (schema {@code identity}), tokens for the admin app
 * and the provincial client. {@code rotate-signing-key FILE} puts a new signing key first in the key file and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("rotate-signing-key")) {
            String kid = SigningKeys.rotate(Path.of(args[1]));
            System.out.println("新签名密钥已置于首位 / new signing key first in " + args[1] + ": " + kid);
            return;
        }
        SpringApplication application = new SpringApplication(IdentityApplication.class);
        application.setDefaultProperties(IdentityDatabase.fromEnvironment(System.getenv("DATABASE_URL")));
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--govmedia.identity.admin-user.username="))) {
            application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
        }
        application.run(args);
    }
}
