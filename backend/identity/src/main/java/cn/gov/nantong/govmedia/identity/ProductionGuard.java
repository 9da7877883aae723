package cn.gov.nantong.govmedia.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile the identity provider refuses to start with the local demo: the {@code local} profile
 * (demo users with password "demo", the provincial-sync demo secret), the demo users file, or an issuer that is not HTTPS.
 */
@Component
@Profile("prod")
class ProductionGuard {

    ProductionGuard(Environment environment) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产环境配置不安全，拒绝启动 / unsafe production settings, refusing to start:\n - "
                    + String.join("\n - ", problems));
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (Arrays.asList(environment.getActiveProfiles()).contains("local")) {
            problems.add("the local profile (demo users and the demo client secret) must not be active with prod");
        }
        if (environment.getProperty("govmedia.identity.users-file", "").contains("demo-users")) {
            problems.add("the demo users file must not be used in production");
        }
        if (!environment.getProperty("spring.security.oauth2.authorizationserver.issuer", "").startsWith("https://")) {
            problems.add("the issuer must be an HTTPS address");
        }
        return problems;
    }
}
