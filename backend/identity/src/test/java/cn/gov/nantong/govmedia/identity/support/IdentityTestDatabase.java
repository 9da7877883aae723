package cn.gov.nantong.govmedia.identity.support;

import cn.gov.nantong.govmedia.identity.IdentityDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL the identity tests use: DATABASE_URL when set (CI), otherwise an embedded one started once per JVM.
 * As an initializer it points the context's datasource at it.
 */
public class IdentityTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("DATABASE_URL");
            url = configured == null || configured.isBlank() ? startEmbedded() : configured;
        }
        return url;
    }

    public static Map<String, Object> properties() {
        return IdentityDatabase.properties(url());
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("identity-test-database", properties()));
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data folder goes with it
                }
            }));
            return "postgresql://postgres@127.0.0.1:" + postgres.getPort() + "/postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }
}
