package cn.gov.nantong.govmedia.user;

import java.security.SecureRandom;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Makes the passwords an administrator hands over: 16 characters with every character class, from an alphabet without
 * look-alikes (no I, l, 1, O, 0), so they pass the identity provider's policy and can be read out over the phone.
 */
@Component
class OneTimePasswords {

    static final int LENGTH = 16;
    private static final String[] CLASSES = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "#$%&*+-=?@"};
    private static final String ALL = String.join("", CLASSES);

    record Issued(String password, String hash) {
    }

    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** A new password and its hash; both the random source and bcrypt may block, so they run off the event loop. */
    Mono<Issued> issue() {
        return Mono.fromCallable(() -> {
            String password = generate();
            return new Issued(password, encoder.encode(password));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    String generate() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            String pool = i < CLASSES.length ? CLASSES[i] : ALL;
            password[i] = pool.charAt(random.nextInt(pool.length()));
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }
}
