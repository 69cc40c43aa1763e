package org.smartcourt.fees.domain;

import java.math.RoundingMode;
import org.smartcourt.shared.Money;

/**
 * How the exact fee becomes an amount to pay. The Measures set no rounding rule (RULES.md §1.9, [U]); courts show
 * either fen or whole yuan. The policy is configured and applied exactly once, to the final amount of an assessment.
 */
public record RoundingPolicy(int scale, RoundingMode mode) {

    /** To the fen, half up: the platform default. */
    public static final RoundingPolicy TO_FEN_HALF_UP = new RoundingPolicy(2, RoundingMode.HALF_UP);

    public RoundingPolicy {
        if (scale < 0 || scale > 2) {
            throw new IllegalArgumentException("Fees are rounded to whole yuan (0), jiao (1) or fen (2): " + scale);
        }
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("A rounding policy must be able to round");
        }
    }

    public Money round(ExactAmount amount) {
        return Money.of(amount.round(scale, mode));
    }
}
