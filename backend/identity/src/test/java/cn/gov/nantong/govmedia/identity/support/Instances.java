package cn.gov.nantong.govmedia.identity.support;

import cn.gov.nantong.govmedia.identity.IdentityApplication;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a whole identity instance on its own port, as a second machine behind the load balancer would run it. */
public final class Instances {

    /** A confidential client: refresh tokens are issued only to clients that authenticate. */
    public static final String CLIENT = "test-portal";
    public static final String CLIENT_SECRET = "test-portal-secret";

    private Instances() {
    }

    public static ConfigurableApplicationContext start(Path keyFile) {
        Map<String, Object> properties = new LinkedHashMap<>(IdentityTestDatabase.properties());
        String client = "spring.security.oauth2.authorizationserver.client." + CLIENT + ".";
        properties.put(client + "registration.client-id", CLIENT);
        properties.put(client + "registration.client-secret", "{noop}" + CLIENT_SECRET);
        properties.put(client + "registration.client-authentication-methods", "client_secret_basic");
        properties.put(client + "registration.authorization-grant-types", "authorization_code,refresh_token");
        properties.put(client + "registration.redirect-uris", Pkce.REDIRECT);
        properties.put(client + "registration.scopes", "openid,profile");
        properties.put(client + "require-authorization-consent", "false");
        properties.put("govmedia.identity.key-file", keyFile.toString());
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        // as arguments, so they win over application.yml like a deployment's settings do
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(IdentityApplication.class).profiles("local", "test").run(arguments);
    }

    public static String base(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
    }
}
