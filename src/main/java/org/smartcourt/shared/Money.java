package org.smartcourt.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of Chinese yuan (CNY), exact to the fen.
 *
 * <p>Scale rules: every amount is held with scale 2, so {@code 5}, {@code 5.0} and {@code 5.00} are the same
 * {@code Money}; an amount finer than a fen ({@code 1.005}) is refused rather than rounded, because rounding money is a
 * legal decision that belongs to whoever computes the amount, not to the value type. Amounts may be negative (a
 * difference, a refund); whoever needs a non-negative amount checks {@link #isNegative()}.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final int SCALE = 2;

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("Money is exact to the fen (0.01 yuan): " + amount.toPlainString());
        }
        amount = amount.setScale(SCALE);
    }

    /** {@code Money.yuan("123.45")}. */
    public static Money yuan(String amount) {
        return new Money(new BigDecimal(amount.strip()));
    }

    public static Money yuan(long amount) {
        return new Money(BigDecimal.valueOf(amount));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The amount as {@code 1234.50}, without exponent or grouping. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
