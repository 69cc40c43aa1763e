package org.smartcourt.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A document's identity: the SHA-256 of its bytes, as 64 lowercase hexadecimal digits. */
public record DocumentHash(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public DocumentHash {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hash: " + value);
        }
    }

    /** Reads a hash typed by a person or another system; upper-case digits are accepted. */
    public static DocumentHash of(String value) {
        return new DocumentHash(value == null ? null : value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public static DocumentHash of(byte[] content) {
        return new DocumentHash(HexFormat.of().formatHex(sha256(content)));
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
