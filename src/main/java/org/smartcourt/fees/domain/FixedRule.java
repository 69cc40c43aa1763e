package org.smartcourt.fees.domain;

import org.smartcourt.shared.Money;

/** A fee per case or per application, e.g. 10 yuan for a labour dispute (Art. 13(4)); zero where no fee is due. */
public record FixedRule(Money fee, LegalBasis basis) implements FeeRule {

    public FixedRule {
        if (fee.isNegative()) {
            throw new IllegalArgumentException("A fee cannot be negative: " + fee);
        }
    }
}
