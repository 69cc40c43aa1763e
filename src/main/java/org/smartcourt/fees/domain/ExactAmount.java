package org.smartcourt.fees.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.smartcourt.shared.Money;

/**
 * An amount of yuan before rounding, held as a decimal numerator over a whole denominator so that halving and the
 * thirds of Art. 14(3) stay exact: {@code 2300 / 3} is kept as such, never as {@code 766.666…7}.
 */
public record ExactAmount(BigDecimal numerator, long denominator) implements Comparable<ExactAmount> {

    public static final ExactAmount ZERO = new ExactAmount(BigDecimal.ZERO, 1);

    private static final int DISPLAY_SCALE = 6;

    public ExactAmount {
        if (denominator < 1) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    public static ExactAmount of(BigDecimal amount) {
        return new ExactAmount(amount, 1);
    }

    public static ExactAmount of(Money amount) {
        return of(amount.amount());
    }

    public ExactAmount plus(ExactAmount other) {
        if (denominator == other.denominator) {
            return new ExactAmount(numerator.add(other.numerator), denominator);
        }
        return new ExactAmount(
                numerator
                        .multiply(BigDecimal.valueOf(other.denominator))
                        .add(other.numerator.multiply(BigDecimal.valueOf(denominator))),
                denominator * other.denominator);
    }

    public ExactAmount minus(ExactAmount other) {
        return plus(other.negate());
    }

    public ExactAmount negate() {
        return new ExactAmount(numerator.negate(), denominator);
    }

    /** This amount times {@code numerator / denominator}. */
    public ExactAmount times(long factorNumerator, long factorDenominator) {
        return new ExactAmount(
                numerator.multiply(BigDecimal.valueOf(factorNumerator)), denominator * factorDenominator);
    }

    public boolean isGreaterThan(ExactAmount other) {
        return compareTo(other) > 0;
    }

    /** Rounds once, to {@code scale} decimals with {@code mode}: the only place where an amount loses precision. */
    public BigDecimal round(int scale, RoundingMode mode) {
        return numerator.divide(BigDecimal.valueOf(denominator), scale, mode);
    }

    /** The exact decimal when it terminates ({@code 50.025}), else six decimals and an ellipsis ({@code 766.666667…}). */
    public String display() {
        var divisor = BigDecimal.valueOf(denominator);
        var quotient = numerator.divide(divisor, MathContext.DECIMAL128);
        if (quotient.multiply(divisor).compareTo(numerator) == 0) {
            return quotient.stripTrailingZeros().toPlainString();
        }
        return round(DISPLAY_SCALE, RoundingMode.HALF_UP).toPlainString() + "…";
    }

    @Override
    public int compareTo(ExactAmount other) {
        return numerator
                .multiply(BigDecimal.valueOf(other.denominator))
                .compareTo(other.numerator.multiply(BigDecimal.valueOf(denominator)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExactAmount amount && compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return numerator
                .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.DOWN)
                .stripTrailingZeros()
                .hashCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
