package cn.gov.nantong.govmedia.support;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the app at the test database (with the identity provider's schema migrated), makes it trust the test token key
 * (unless the test configures a key of its own) and forbids blocking calls on event loops.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String PUBLIC_KEY = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        NonBlockingGuard.install();
        DatabaseUrl db = TestDatabase.url();
        IdentitySchema.migrate(db);
        List<String> properties = new ArrayList<>();
        db.springProperties().forEach((key, value) -> properties.add(key + "=" + value));
        // a test standing for another provider brings its own key (@DynamicPropertySource, set before this runs)
        if (!context.getEnvironment().containsProperty(PUBLIC_KEY)) {
            properties.add(PUBLIC_KEY + "=file:" + TestTokens.publicKeyFile());
        }
        TestPropertyValues.of(properties).applyTo(context);
    }
}
