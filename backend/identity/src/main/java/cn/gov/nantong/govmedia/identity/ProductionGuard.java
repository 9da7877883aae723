package cn.gov.nantong.govmedia.identity;

import cn.gov.nantong.govmedia.identity.user.UserAccounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile the identity provider refuses to start with the local demo: the {@code local} profile
 * (demo users with password "demo", the provincial-sync demo secret), the demo users switch, demo users left in the
 * database, or an issuer that is not HTTPS.
 */
@Component
@Profile("prod")
@DependsOn("flywayInitializer")
class ProductionGuard {

    ProductionGuard(Environment environment, UserAccounts accounts) {
        List<String> problems = problems(environment, accounts.demoUsers());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产环境配置不安全，拒绝启动 / unsafe production settings, refusing to start:\n - "
                    + String.join("\n - ", problems));
        }
    }

    static List<String> problems(Environment environment, long demoUsers) {
        List<String> problems = new ArrayList<>();
        if (Arrays.asList(environment.getActiveProfiles()).contains("local")) {
            problems.add("the local profile (demo users and the demo client secret) must not be active with prod");
        }
        if (!environment.getProperty("govmedia.identity.demo-users", "").isBlank()) {
            problems.add("the demo users switch (govmedia.identity.demo-users) must be off in production");
        }
        if (demoUsers > 0) {
            problems.add(demoUsers + " demo user(s) exist in the database: delete them (delete from identity.users where demo)");
        }
        if (!environment.getProperty("spring.security.oauth2.authorizationserver.issuer", "").startsWith("https://")) {
            problems.add("the issuer must be an HTTPS address");
        }
        return problems;
    }
}
