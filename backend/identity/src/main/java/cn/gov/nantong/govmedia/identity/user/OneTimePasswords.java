package cn.gov.nantong.govmedia.identity.user;

import java.security.SecureRandom;

/** Temporary passwords an administrator hands over: 16 characters, every class, no look-alikes (0/O, 1/l/I). */
public final class OneTimePasswords {

    private static final String[] CLASSES = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "#%+=?@"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate() {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            String alphabet = CLASSES[i < CLASSES.length ? i : RANDOM.nextInt(CLASSES.length)];
            password[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        }
        for (int i = password.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }
}
