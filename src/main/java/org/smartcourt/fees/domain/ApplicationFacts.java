package org.smartcourt.fees.domain;

import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * Facts for an application fee: the kind of application, the amount it concerns (enforced, actually preserved, claimed
 * by payment order, total bankruptcy property; null when none) and an amount chosen inside a statutory range.
 */
public record ApplicationFacts(
        ApplicationKind kind,
        @Nullable Money amount,
        @Nullable Money chosenAmount) implements FeeFacts {

    public ApplicationFacts {
        if (amount != null && (amount.isNegative() || amount.isZero())) {
            throw new FeeFactsRejected(FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE, amount.toString());
        }
        if (chosenAmount != null && chosenAmount.isNegative()) {
            throw new FeeFactsRejected(FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE, chosenAmount.toString());
        }
        if (amount == null && kind.withoutAmount() == null) {
            throw new FeeFactsRejected(FeeFactsRejected.Reason.AMOUNT_REQUIRED, kind.name());
        }
    }

    public static ApplicationFacts of(ApplicationKind kind, @Nullable Money amount) {
        return new ApplicationFacts(kind, amount, null);
    }
}
