package org.smartcourt.identity.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity module's keys, each derived from one master key with HMAC-SHA256 over its purpose, so that the token
 * signing key and the TOTP encryption key never coincide.
 */
public final class IdentityKeys {

    private final byte[] master;

    IdentityKeys(byte[] master) {
        if (master.length < 32) {
            throw new IllegalArgumentException("smartcourt.identity.secret-key must hold at least 32 bytes");
        }
        this.master = master.clone();
    }

    /** From the configured base64 key, or else from the key file, which is created once with a random key. */
    static IdentityKeys load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return new IdentityKeys(Base64.getDecoder().decode(configured.strip()));
        }
        var file = dataDir.resolve("keys").resolve("identity.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                var key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                restrictToOwner(file);
            }
            return new IdentityKeys(
                    Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the identity key in " + file, e);
        }
    }

    SecretKey tokenSigningKey() {
        return new SecretKeySpec(derive("smartcourt token signing"), "HmacSHA256");
    }

    SecretKey totpEncryptionKey() {
        return new SecretKeySpec(derive("smartcourt totp encryption"), "AES");
    }

    private byte[] derive(String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the directory's own protection applies.
        }
    }
}
