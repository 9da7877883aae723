package cn.gov.nantong.govmedia.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/** Reads users from a JSON file: [{username, password, name, roles[], organizationCode}]. */
final class UsersFile {

    record Entry(String username, String password, String name, List<String> roles, String organizationCode) {
    }

    private UsersFile() {
    }

    static List<GovMediaUser> load(String location, JsonMapper json) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        try (InputStream in = resource.getInputStream()) {
            Entry[] entries = json.readValue(in, Entry[].class);
            return java.util.Arrays.stream(entries)
                    .map(e -> new GovMediaUser(e.username(), encoder.encode(e.password()), e.name(), e.roles(), e.organizationCode()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read users file " + location, e);
        }
    }
}
