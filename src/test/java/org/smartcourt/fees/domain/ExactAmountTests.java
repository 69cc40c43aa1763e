package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.smartcourt.fees.domain.FeeFixtures.exact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.shared.Money;

class ExactAmountTests {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({"2300/3, 1, 2303/3", "1/2, 1/3, 5/6", "50.025, 0.005, 50.03", "1/3, -1/3, 0"})
    void amountsAddExactly(String left, String right, String sum) {
        assertThat(exact(left).plus(exact(right))).isEqualTo(exact(sum));
        assertThat(exact(sum).minus(exact(right))).isEqualTo(exact(left));
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({"50.0250, 50.025", "2300/3, 766.666667…", "4300/3, 1433.333333…", "2300/2, 1150", "0, 0", "-1/8, -0.125"
    })
    void anAmountShowsExactlyWhenItCanAndWithSixDecimalsWhenItCannot(String amount, String shown) {
        assertThat(exact(amount).display()).isEqualTo(shown);
        assertThat(exact(amount)).hasToString(shown);
    }

    @Test
    void equalAmountsAreEqualWhateverTheirDenominator() {
        var half = exact("1/2");
        var same = new ExactAmount(new BigDecimal("1.50"), 3);

        assertThat(half).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(half).isNotEqualTo(exact("1/3")).isNotEqualTo("1/2");
        assertThat(half.compareTo(exact("0.4999"))).isPositive();
        assertThat(half.isGreaterThan(exact("1/2"))).isFalse();
        assertThat(half.isGreaterThan(exact("0.49"))).isTrue();
    }

    @Test
    void differentAmountsHashDifferently() {
        assertThat(exact("1/2").hashCode()).isNotEqualTo(exact("1/3").hashCode());
    }

    @Test
    void roundingHappensOnceOnTheExactValue() {
        assertThat(exact("2300/3").round(2, RoundingMode.HALF_UP)).isEqualByComparingTo("766.67");
        assertThat(exact("2300/3").round(0, RoundingMode.DOWN)).isEqualByComparingTo("766");
        assertThat(exact("0.125").round(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.12");
        assertThat(ExactAmount.of(Money.yuan("1.20")).negate()).isEqualTo(exact("-1.2"));
        assertThat(exact("3/4").times(2, 3)).isEqualTo(exact("1/2"));
    }

    @Test
    void aDenominatorMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExactAmount(BigDecimal.ONE, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExactAmount(BigDecimal.ONE, -1));
        assertThat(new ExactAmount(BigDecimal.ONE, 1)).isEqualTo(ExactAmount.of(BigDecimal.ONE));
    }
}
