package org.smartcourt.documents.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The short code printed on a sealed document: ten characters of Crockford's base32 (digits and upper-case letters
 * without I, L, O and U), 50 random bits. People type it, so reading forgives case, spaces, hyphens and the look-alikes
 * O→0, I/L→1.
 */
public record VerificationCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 10;
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

    public VerificationCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a verification code: " + value);
        }
    }

    public static VerificationCode random(RandomGenerator random) {
        var code = new StringBuilder(LENGTH);
        for (var i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /** Reads a code as a person typed it; empty when it cannot be one. */
    public static java.util.Optional<VerificationCode> read(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        var normalised = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        return SHAPE.matcher(normalised).matches()
                ? java.util.Optional.of(new VerificationCode(normalised))
                : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
