package org.smartcourt.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

    @ParameterizedTest(name = "{0} yuan is held as {1}")
    @CsvSource({
        "5, 5.00",
        "5.0, 5.00",
        "5.000, 5.00",
        "123.45, 123.45",
        "' 7.5 ', 7.50",
        "-0.01, -0.01",
        "1E+3, 1000.00"
    })
    void amountsAreHeldToTheFen(String written, String held) {
        assertThat(Money.yuan(written).amount()).isEqualTo(new BigDecimal(held));
        assertThat(Money.yuan(written)).hasToString(held);
    }

    @ParameterizedTest
    @CsvSource({"1.005", "0.001", "-2.999"})
    void amountsFinerThanAFenAreRefusedNotRounded(String written) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.yuan(written));
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(Money.yuan("5")).isEqualTo(Money.yuan("5.00")).isEqualTo(Money.yuan(5));
        assertThat(Money.of(new BigDecimal("5.0"))).isEqualTo(Money.yuan(5));
    }

    @Test
    void moneyAddsSubtractsAndCompares() {
        var hundred = Money.yuan(100);
        var cents = Money.yuan("0.01");

        assertThat(hundred.plus(cents)).isEqualTo(Money.yuan("100.01"));
        assertThat(hundred.minus(cents)).isEqualTo(Money.yuan("99.99"));
        assertThat(cents.minus(hundred).isNegative()).isTrue();
        assertThat(hundred.negate()).isEqualTo(Money.yuan(-100));
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(cents.isZero()).isFalse();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(hundred.isGreaterThan(cents)).isTrue();
        assertThat(hundred.isGreaterThan(hundred)).isFalse();
        assertThat(hundred.compareTo(cents)).isPositive();
        assertThat(hundred.min(cents)).isSameAs(cents);
        assertThat(cents.min(hundred)).isSameAs(cents);
    }
}
