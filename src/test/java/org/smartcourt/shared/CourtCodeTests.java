package org.smartcourt.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CourtCodeTests {

    @ParameterizedTest(name = "{0} belongs to province {1}")
    @CsvSource({"鲁,鲁", "鲁01,鲁", "鲁0102,鲁", "最高法,最高法", "兵0102,兵"})
    void acceptsTheOfficialShapes(String code, String province) {
        assertThat(CourtCode.of(code).province()).isEqualTo(province);
    }

    @ParameterizedTest(name = "\"{0}\" is not a court code")
    @ValueSource(strings = {"", "L01", "鲁1", "鲁010", "鲁010203", "0102", "鲁民01"})
    void rejectsOtherShapes(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> CourtCode.of(code));
    }
}
