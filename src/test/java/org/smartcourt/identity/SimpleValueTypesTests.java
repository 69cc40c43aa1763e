package org.smartcourt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimpleValueTypesTests {

    @ParameterizedTest(name = "{0} is a mainland mobile number")
    @ValueSource(strings = {"13800138000", "19912345678", "15000000000", "138-0013-8000", " 138 0013 8000 "})
    void acceptsMainlandMobileNumbers(String text) {
        assertThat(MobileNumber.isValid(text)).isTrue();
        assertThat(MobileNumber.parse(text).value()).hasSize(11);
    }

    @ParameterizedTest(name = "{0} is not a mainland mobile number")
    @ValueSource(
            strings = {"12800138000", "10800138000", "1380013800", "138001380001", "2380013800a", "+8613800138000"})
    void rejectsOtherNumbers(String text) {
        assertThat(MobileNumber.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> MobileNumber.parse(text));
    }

    @ParameterizedTest(name = "{0} is the username {1}")
    @CsvSource({"zhang.san, zhang.san", "Demo-Litigant, demo-litigant", "abc, abc", "a_1, a_1"})
    void acceptsUsernamesCaseInsensitively(String text, String stored) {
        assertThat(Username.parse(text).value()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} is not a username")
    @ValueSource(strings = {"ab", "-abc", ".abc", "张三", "has space", "abcdefghijklmnopqrstuvwxyz0123456", "a@b.c"})
    void rejectsMalformedUsernames(String text) {
        assertThat(Username.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Username.parse(text));
    }

    @ParameterizedTest(name = "{0} valid as a lawyer licence number: {1}")
    @CsvSource({
        "13701201010123456, true",
        "1370120101012345, false", // 16 digits
        "137012010101234567, false", // 18 digits
        "1370120101012345A, false"
    })
    void lawyerLicenceNumbersAreSeventeenDigits(String text, boolean valid) {
        assertThat(LawyerLicenceNumber.isValid(text)).isEqualTo(valid);
    }
}
