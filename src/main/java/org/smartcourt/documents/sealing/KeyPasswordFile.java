package org.smartcourt.documents.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key-encryption password when none is configured: 32 random bytes written once to {@code keys/key-password} under
 * the data directory, readable by the owner only. Nodes that share a database must share the password, so scale-out
 * sets {@code smartcourt.documents.key-password} instead.
 */
final class KeyPasswordFile {

    private KeyPasswordFile() {}

    static char[] readOrCreate(Path keysDirectory) {
        var file = keysDirectory.resolve("key-password");
        try {
            Files.createDirectories(keysDirectory);
            if (!Files.exists(file)) {
                var bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                var temporary = Files.createTempFile(keysDirectory, "key-password", ".part");
                try {
                    setOwnerOnly(temporary);
                    Files.writeString(
                            temporary, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                    Files.createLink(file, temporary);
                } catch (FileAlreadyExistsException createdMeanwhile) {
                    // Another start on the same data directory won; use its password.
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key-encryption password " + file, e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }
}
