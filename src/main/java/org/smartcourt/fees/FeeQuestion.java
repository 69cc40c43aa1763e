package org.smartcourt.fees;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * What to quote: a first-instance case-acceptance fee or an application fee, on an amount (the property claimed, the
 * property to divide on divorce, the amount preserved or enforced; null when there is none), halved or not, in a
 * province ({@code 鲁}; null: the default one).
 */
public record FeeQuestion(
        Matter matter,
        @Nullable Money amount,
        @Nullable Halving halving,
        @Nullable String province) {

    /** What the fee is charged for. */
    public enum Matter {
        /** A civil case: the property schedule on the amount, or the per-case fee without one (Art. 13(1), (2)). */
        CIVIL_CASE,
        /** A divorce: the per-case fee plus a share of the property to divide above the free part (Art. 13(2)). */
        DIVORCE_CASE,
        /** A labour dispute: a fixed fee per case (Art. 13(4)). */
        LABOUR_CASE,
        /** A special-procedure case such as the judicial confirmation of a mediation agreement: no fee (Art. 8(1)). */
        SPECIAL_PROCEDURE_CASE,
        /** An application for preservation, on the amount preserved (Art. 14(2)). */
        PRESERVATION,
        /** An application for enforcement, on the amount enforced (Art. 14(1)). */
        ENFORCEMENT;

        public boolean isCase() {
            return this != PRESERVATION && this != ENFORCEMENT;
        }
    }

    /** Why a case-acceptance fee is halved (Art. 15, 16); the engine halves once whatever the grounds. */
    public enum Halving {
        /** The case is heard in summary procedure, small claims included (Art. 16). */
        SUMMARY_PROCEDURE,
        /** The case ends in a mediated settlement (Art. 15). */
        MEDIATION
    }

    public FeeQuestion {
        Objects.requireNonNull(matter, "matter");
        if (halving != null && !matter.isCase()) {
            throw new IllegalArgumentException("Only case-acceptance fees are halved, not " + matter);
        }
        if (amount != null && (amount.isNegative() || amount.isZero())) {
            throw new IllegalArgumentException("An amount to quote on is positive: " + amount);
        }
    }

    public static FeeQuestion of(Matter matter, @Nullable Money amount, @Nullable String province) {
        return new FeeQuestion(matter, amount, null, province);
    }

    public FeeQuestion halvedFor(Halving ground) {
        return new FeeQuestion(matter, amount, ground, province);
    }
}
