package org.smartcourt.fees.domain;

import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * The fee before and after a change of claims and what follows: a top-up (Art. 21(1)), a refund (Art. 21(2)), the
 * reduced part's fee borne by the party who reduced after the investigation ended (Art. 35), or nothing.
 */
public record ClaimChangeAssessment(
        FeeAssessment before,
        FeeAssessment after,
        Outcome outcome,
        Money amount,
        @Nullable LegalBasis basis) {

    /** What the change means for the fee. */
    public enum Outcome {
        TOP_UP,
        REFUND,
        BORNE_BY_PARTY,
        UNCHANGED
    }
}
