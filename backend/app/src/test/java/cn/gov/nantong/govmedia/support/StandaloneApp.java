package cn.gov.nantong.govmedia.support;

import cn.gov.nantong.govmedia.GovMediaApplication;
import cn.gov.nantong.govmedia.common.DatabaseUrl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole app started by a test on a random port, for fault tests that take its database or identity provider away. */
public final class StandaloneApp {

    private StandaloneApp() {
    }

    /**
     * Starts the app against {@code database}; {@code properties} (key=value) add to or override the test defaults. Tokens are
     * checked with the test key unless a JWK set URL is given.
     */
    public static ConfigurableApplicationContext start(DatabaseUrl database, String... properties) {
        return new SpringApplicationBuilder(GovMediaApplication.class).initializers(context -> {
            NonBlockingGuard.install();
            List<String> all = new ArrayList<>(List.of("server.port=0", "management.server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
                    "logging.level.cn.gov.nantong.govmedia=ERROR", "govmedia.public.requests-per-minute-per-address=100000",
                    "govmedia.public.requests-per-minute-per-device=100000"));
            if (Arrays.stream(properties).noneMatch(p -> p.startsWith("spring.security.oauth2.resourceserver.jwt.jwk-set-uri="))) {
                all.add("spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + TestTokens.publicKeyFile());
            }
            database.springProperties().forEach((key, value) -> all.add(key + "=" + value));
            all.addAll(List.of(properties));
            TestPropertyValues.of(all).applyTo(context);
        }).run();
    }

    public static String baseUrl(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + app.getEnvironment().getRequiredProperty("local.server.port");
    }
}
