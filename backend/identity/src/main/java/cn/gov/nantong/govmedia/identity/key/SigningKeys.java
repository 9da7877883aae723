package cn.gov.nantong.govmedia.identity.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The keys tokens are signed with, kept in a JWK set file so every instance and every restart uses the same ones.
 * The first key signs; the others are still published so tokens they signed verify until they expire. Rotation puts
 * a new key first and keeps the one before it (rotate no more often than the longest token lifetime).
 */
public final class SigningKeys {

    private static final int KEPT = 2;
    private final List<RSAKey> keys;

    private SigningKeys(List<RSAKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public static SigningKeys loadOrCreate(Path file) {
        List<RSAKey> keys = read(file);
        if (keys.isEmpty()) {
            keys = List.of(generate());
            write(file, keys);
        }
        return new SigningKeys(keys);
    }

    /** Puts a new key first in the file (created if missing) and returns its key id. */
    public static String rotate(Path file) {
        List<RSAKey> keys = new ArrayList<>(read(file));
        RSAKey key = generate();
        keys.add(0, key);
        write(file, keys.subList(0, Math.min(KEPT, keys.size())));
        return key.getKeyID();
    }

    public RSAKey active() {
        return keys.get(0);
    }

    public JWKSet all() {
        return new JWKSet(List.copyOf(keys));
    }

    /** A set {"keys": […]}, or a single key as earlier versions wrote it. */
    private static List<RSAKey> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<JWK> keys = text.contains("\"keys\"") ? JWKSet.parse(text).getKeys() : List.of(JWK.parse(text));
            return keys.stream().map(JWK::toRSAKey).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing keys at " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the signing key file " + file + " is not a JWK set", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }

    private static void write(Path file, List<RSAKey> keys) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "signing-keys", ".tmp");
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(temporary, new JWKSet(List.copyOf(keys)).toString(false), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing keys to " + file, e);
        }
    }
}
