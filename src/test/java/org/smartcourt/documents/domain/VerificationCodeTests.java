package org.smartcourt.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerificationCodeTests {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource({
        "HSY7YQZKW8, HSY7YQZKW8",
        "hsy7yqzkw8, HSY7YQZKW8",
        "' HSY7-YQZ KW8 ', HSY7YQZKW8",
        // Crockford base32: the letters people confuse with digits mean the digits
        "O0000I1L11, 0000011111",
    })
    void aTypedCodeIsReadTheWayAPersonMeantIt(String typed, String code) {
        assertThat(VerificationCode.read(typed)).contains(new VerificationCode(code));
    }

    @ParameterizedTest(name = "\"{0}\" is not a code")
    @CsvSource({"HSY7YQZKW", "HSY7YQZKW88", "HSY7YQZKWU", "'  '", "验证码验证码验证码验证"})
    void somethingElseIsNotACode(String typed) {
        assertThat(VerificationCode.read(typed)).isEmpty();
    }

    @Test
    void randomCodesAreTenCharactersOfTheAlphabet() {
        var random = new Random(42);
        for (var i = 0; i < 1000; i++) {
            assertThat(VerificationCode.random(random).value()).matches("[0-9A-HJKMNP-TV-Z]{10}");
        }
    }

    @Test
    void aCodeWithALetterOutsideTheAlphabetIsRefused() {
        assertThatThrownBy(() -> new VerificationCode("ILOU000000")).isInstanceOf(IllegalArgumentException.class);
    }
}
