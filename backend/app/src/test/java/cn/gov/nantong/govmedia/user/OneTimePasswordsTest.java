package cn.gov.nantong.govmedia.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** One-time passwords meet the identity provider's policy (at least 8 characters, 3 of 4 classes) with every class. */
class OneTimePasswordsTest {

    private final OneTimePasswords passwords = new OneTimePasswords();

    @Test
    void everyPasswordHasSixteenUnambiguousCharactersOfAllFourClasses() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String password = passwords.generate();
            assertThat(password).hasSize(16).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[2-9]")
                    .containsPattern("[#$%&*+\\-=?@]").doesNotContainPattern("[IlO01\\s]");
            seen.add(password);
        }
        assertThat(seen).hasSize(2_000);
    }

    @Test
    void theIssuedHashIsADelegatingBcryptHashOfThePassword() {
        OneTimePasswords.Issued issued = passwords.issue().block();
        assertThat(issued.hash()).startsWith("{bcrypt}");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(issued.password(), issued.hash())).isTrue();
    }
}
