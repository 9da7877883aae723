package cn.gov.nantong.govmedia.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Signs tree heads with ECDSA P-256 / SHA-256: what browsers verify with WebCrypto and {@code openssl dgst} checks.
 * The key pair lives in a PEM file made on first start; the key id is the SHA-256 of the public key (SPKI DER).
 */
@Component
class TreeHeadSigner {

    static final String ALGORITHM = "ECDSA_P256_SHA256";
    private static final Pattern PEM = Pattern.compile("-----BEGIN (PRIVATE|PUBLIC) KEY-----([^-]+)-----END");

    private final KeyPair keys;
    private final String keyId;

    TreeHeadSigner(AuditProperties properties) {
        this.keys = loadOrCreate(properties.keyFile());
        this.keyId = HexFormat.of().formatHex(sha256(keys.getPublic().getEncoded()));
    }

    /** The text a tree head's signature covers; the browser and {@code make audit-verify} rebuild it the same way. */
    static String signedText(long treeSize, Instant signedAt, String rootHash) {
        return "govmedia-audit-tree-head/v1\n" + treeSize + "\n" + signedAt.toEpochMilli() + "\n" + rootHash;
    }

    String keyId() {
        return keyId;
    }

    String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** Base64 of the DER signature. */
    String sign(String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(keys.getPrivate());
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("tree head not signed", e);
        }
    }

    static boolean verify(String publicKey, String text, String signature) {
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static KeyPair loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(Files.readString(file));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, pem("PRIVATE", pair.getPrivate().getEncoded()) + pem("PUBLIC", pair.getPublic().getEncoded()));
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("audit signing key file " + file + " not readable or writable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("audit signing key file " + file + " does not hold an EC key pair", e);
        }
    }

    private static KeyPair read(String text) throws GeneralSecurityException {
        PrivateKey privateKey = null;
        PublicKey publicKey = null;
        KeyFactory factory = KeyFactory.getInstance("EC");
        Matcher block = PEM.matcher(text);
        while (block.find()) {
            byte[] der = Base64.getMimeDecoder().decode(block.group(2).strip());
            if (block.group(1).equals("PRIVATE")) {
                privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der));
            } else {
                publicKey = factory.generatePublic(new X509EncodedKeySpec(der));
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new GeneralSecurityException("a PRIVATE KEY and a PUBLIC KEY block are needed");
        }
        return new KeyPair(publicKey, privateKey);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + " KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + " KEY-----\n";
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
