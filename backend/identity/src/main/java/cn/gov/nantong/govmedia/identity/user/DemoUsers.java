package cn.gov.nantong.govmedia.identity.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * LOCAL DEMO ONLY: adds the demo users of a JSON file ([{username, password, name, roles[], organizationCode}]) that
 * do not exist yet, marked as demo users, which the prod profile refuses to start with. Switched on by
 * {@code govmedia.identity.demo-users} (the local profile, which `make run` uses).
 */
@Component
@ConditionalOnProperty("govmedia.identity.demo-users")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record Entry(String username, String password, String name, List<String> roles, String organizationCode) {
    }

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final JsonMapper json;
    private final String location;

    DemoUsers(UserAccounts accounts, PasswordEncoder encoder, JsonMapper json,
              @org.springframework.beans.factory.annotation.Value("${govmedia.identity.demo-users}") String location) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.json = json;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            long added = Arrays.stream(json.readValue(in, Entry[].class))
                    .filter(entry -> accounts.find(entry.username()).isEmpty())
                    .filter(entry -> accounts.create(new NewUser(entry.username(), entry.name(), entry.organizationCode(),
                            entry.roles(), encoder.encode(entry.password()), false, true, "demo")))
                    .count();
            log.info("demo users from {}: {} added", location, added);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo users " + location, e);
        }
    }
}
