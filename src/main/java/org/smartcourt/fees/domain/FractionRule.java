package org.smartcourt.fees.domain;

import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * A fraction of another rule's fee, optionally capped: a payment order pays a third of the property acceptance fee
 * (Art. 14(3)); bankruptcy pays half of it, at most 300,000 yuan (Art. 14(6)).
 */
public record FractionRule(
        FeeItem of,
        int numerator,
        int denominator,
        @Nullable Money cap,
        LegalBasis basis) implements FeeRule {

    public FractionRule {
        if (numerator < 1 || denominator < numerator) {
            throw new IllegalArgumentException("Not a fraction of a fee: " + numerator + "/" + denominator);
        }
        if (of.shape() != ProgressiveRule.class) {
            throw new IllegalArgumentException("A fraction applies to a progressive rule, not " + of);
        }
    }
}
