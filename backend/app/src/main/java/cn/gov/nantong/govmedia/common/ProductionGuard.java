package cn.gov.nantong.govmedia.common;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile the API refuses to start on local-demo settings: a blank or short query-token secret,
 * a blank or demo database password, CORS open to every origin, or a token issuer that is not HTTPS (the local demo
 * identity server with its demo users answers on http://127.0.0.1:9000), or the demo data loader turned on.
 */
@Component
@Profile("prod")
class ProductionGuard {

    ProductionGuard(PropertyResolver environment) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产环境配置不安全，拒绝启动 / unsafe production settings, refusing to start:\n - "
                    + String.join("\n - ", problems));
        }
    }

    static List<String> problems(PropertyResolver environment) {
        List<String> problems = new ArrayList<>();
        String secret = environment.getProperty("govmedia.complaints.token-secret", "");
        if (secret.length() < 32) {
            problems.add("GOVMEDIA_COMPLAINT_TOKEN_SECRET must be set to at least 32 characters");
        }
        String password = environment.getProperty("spring.r2dbc.password", "");
        if (password.isBlank() || password.contains("demo")) {
            problems.add("the database password is blank or a local-demo one");
        }
        if (environment.getProperty("govmedia.public.cors-allowed-origins", "*").contains("*")) {
            problems.add("govmedia.public.cors-allowed-origins must list the allowed origins, not *");
        }
        String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        if (!issuer.startsWith("https://")) {
            problems.add("the token issuer must be an HTTPS identity provider, not the local demo one (" + issuer + ")");
        }
        if (environment.getProperty("govmedia.demo.enabled", Boolean.class, false)) {
            problems.add("GOVMEDIA_DEMO (govmedia.demo.enabled) must be off: demo data is for the local stack only");
        }
        return problems;
    }
}
