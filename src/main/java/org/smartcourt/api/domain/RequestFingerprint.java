package org.smartcourt.api.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over what makes two requests "the same request": method, target (path and query) and body. A repeated
 * {@code Idempotency-Key} is only replayed when the fingerprints match.
 */
public record RequestFingerprint(String sha256) {

    public RequestFingerprint {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A fingerprint is 64 lower-case hex digits");
        }
    }

    public static RequestFingerprint of(String method, String target, byte[] body) {
        return digest(method, target).add(body).finish();
    }

    /** Starts a fingerprint whose body is added in pieces (multipart uploads). */
    public static Digest digest(String method, String target) {
        return new Digest(method, target);
    }

    @Override
    public String toString() {
        return sha256;
    }

    /** A fingerprint being computed; each piece is followed by its length so that no two piece lists collide. */
    public static final class Digest {

        private final MessageDigest sha256;

        private Digest(String method, String target) {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
            add(method.getBytes(StandardCharsets.US_ASCII));
            add(target.getBytes(StandardCharsets.UTF_8));
        }

        public Digest add(byte[] piece) {
            sha256.update(piece);
            addLength(piece.length);
            return this;
        }

        public Digest add(String piece) {
            return add(piece.getBytes(StandardCharsets.UTF_8));
        }

        public Digest add(InputStream piece) throws IOException {
            var buffer = new byte[8192];
            long length = 0;
            for (int read = piece.read(buffer); read != -1; read = piece.read(buffer)) {
                sha256.update(buffer, 0, read);
                length += read;
            }
            addLength(length);
            return this;
        }

        private void addLength(long length) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                sha256.update((byte) (length >>> shift));
            }
        }

        public RequestFingerprint finish() {
            return new RequestFingerprint(HexFormat.of().formatHex(sha256.digest()));
        }
    }
}
