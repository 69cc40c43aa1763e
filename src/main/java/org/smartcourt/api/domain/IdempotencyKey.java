package org.smartcourt.api.domain;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 255 visible ASCII characters (draft-ietf-httpapi-idempotency-key-header
 * leaves the format to the server; we accept UUIDs and any other opaque token a client generates).
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("An idempotency key is 1 to 255 visible ASCII characters");
        }
    }

    public static boolean isWellFormed(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        return value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    @Override
    public String toString() {
        return value;
    }
}
