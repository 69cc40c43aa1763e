package org.smartcourt.fees.domain;

import org.smartcourt.shared.Money;

/**
 * A fee per case within a range: provinces fix the amount for divorce, personality rights, other non-property cases,
 * IP cases without an amount and jurisdiction objections (Art. 13 para. 2); the court fixes maritime application fees.
 */
public record RangeRule(Money minimum, Money maximum, boolean provincial, LegalBasis basis) implements FeeRule {

    public RangeRule {
        if (minimum.isNegative() || minimum.isGreaterThan(maximum)) {
            throw new IllegalArgumentException("Not a range: " + minimum + "–" + maximum);
        }
    }

    public boolean contains(Money amount) {
        return amount.compareTo(minimum) >= 0 && amount.compareTo(maximum) <= 0;
    }
}
