package org.smartcourt.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the SHA-1 code is {1}")
    @CsvSource({
        // RFC 6238 Appendix B, SHA-1 rows (eight digits there).
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheRfc6238TestVectors(long epochSeconds, String expected) {
        var step = Totp.stepAt(Instant.ofEpochSecond(epochSeconds));

        assertThat(Totp.code(RFC_SECRET, step, 8, "HmacSHA1")).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheEightDigitOnes() {
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @ParameterizedTest(name = "a code of step offset {0} is accepted: {1}")
    @CsvSource({"-2, false", "-1, true", "0, true", "1, true", "2, false"})
    void acceptsOneStepOfClockDriftEitherWay(long offset, boolean accepted) {
        var now = Instant.ofEpochSecond(1_800_000_015L);
        var code = Totp.code(RFC_SECRET, Totp.stepAt(now) + offset, 6, "HmacSHA1");

        assertThat(Totp.verify(RFC_SECRET, code, now, null).isPresent()).isEqualTo(accepted);
    }

    @Test
    void refusesACodeWhoseStepWasAlreadyUsed() {
        var now = Instant.ofEpochSecond(1_800_000_015L);
        var code = Totp.code(RFC_SECRET, now);
        var step = Totp.verify(RFC_SECRET, code, now, null).orElseThrow();

        assertThat(Totp.verify(RFC_SECRET, code, now, step)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, code, now, step - 1)).hasValue(step);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"''", "12345", "1234567", "abcdef"})
    void refusesMalformedCodes(String code) {
        assertThat(Totp.verify(RFC_SECRET, code, Instant.ofEpochSecond(59), null))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32FollowsRfc4648(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(Base32.decode(encoded.toLowerCase())).isEqualTo(plain.getBytes(StandardCharsets.US_ASCII));
    }
}
