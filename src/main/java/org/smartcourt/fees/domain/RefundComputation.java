package org.smartcourt.fees.domain;

import java.util.List;
import org.smartcourt.shared.Money;

/** What is refunded on a ground: the fee that stays due, the refund (paid minus due, never negative), the articles. */
public record RefundComputation(RefundGround ground, Money paid, Money due, Money refund, List<LegalBasis> basis) {

    public RefundComputation {
        basis = List.copyOf(basis);
        if (refund.isNegative()) {
            throw new IllegalArgumentException("A refund is never negative: " + refund);
        }
    }

    public boolean nothingToRefund() {
        return refund.isZero();
    }
}
