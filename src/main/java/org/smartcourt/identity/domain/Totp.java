package org.smartcourt.identity.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Time-based one-time passwords per RFC 6238 (HMAC-SHA1, 30-second steps from the Unix epoch) with the dynamic
 * truncation of RFC 4226 §5.3. Codes of the previous and next step are accepted to allow for clock drift; a step
 * already used by the account is refused so that an overheard code cannot be replayed.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one time step; {@code algorithm} is a JCA MAC name such as {@code HmacSHA1}. */
    public static String code(byte[] secret, long step, int digits, String algorithm) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            // RFC 4226 §5.3: dynamic truncation to a 31-bit number.
            var offset = hash[hash.length - 1] & 0x0f;
            var binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            var otp = binary % POWERS_OF_TEN[digits];
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable: " + algorithm, e);
        }
    }

    public static String code(byte[] secret, Instant instant) {
        return code(secret, stepAt(instant), DIGITS, "HmacSHA1");
    }

    /**
     * The time step the code belongs to, if it is right for the step at {@code now} or one either side and that step
     * is later than {@code lastUsedStep}.
     */
    public static OptionalLong verify(byte[] secret, String code, Instant now, @Nullable Long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        var current = stepAt(now);
        for (var step = current - 1; step <= current + 1; step++) {
            var expected = code(secret, step, DIGITS, "HmacSHA1");
            if (MessageDigest.isEqual(expected.getBytes(), code.getBytes())
                    && (lastUsedStep == null || step > lastUsedStep)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
