package org.smartcourt.fees.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * The relief asked for or granted: its form, the percentage of a reduction and the date a deferral runs to. Holds any
 * combination; {@link ReliefRules} says which are admissible.
 *
 * @param reductionPercent the part of the fee not charged, in whole percent (Art. 46 ¶2: at least 30)
 * @param deferUntil the last day to pay a deferred fee
 */
public record ReliefTerms(
        ReliefKind kind,
        @Nullable Integer reductionPercent,
        @Nullable LocalDate deferUntil) {

    public ReliefTerms {
        Objects.requireNonNull(kind, "kind");
    }

    public static ReliefTerms waiver() {
        return new ReliefTerms(ReliefKind.WAIVER, null, null);
    }

    public static ReliefTerms reduction(int percent) {
        return new ReliefTerms(ReliefKind.REDUCTION, percent, null);
    }

    public static ReliefTerms deferral(LocalDate until) {
        return new ReliefTerms(ReliefKind.DEFERRAL, null, until);
    }

    /**
     * What is still to pay of the fee under these terms: nothing after a waiver, the fee less the reduction (rounded
     * once, by the policy), the whole fee after a deferral.
     */
    public Money amountDue(Money fee, RoundingPolicy rounding) {
        return switch (kind) {
            case WAIVER -> Money.ZERO;
            case DEFERRAL -> fee;
            case REDUCTION -> {
                var percent = reductionPercent == null ? 0 : reductionPercent;
                yield rounding.round(ExactAmount.of(fee).times(100L - percent, 100));
            }
        };
    }

    /** What the court will not collect under these terms: the fee less the amount due. */
    public Money writtenOff(Money fee, RoundingPolicy rounding) {
        return fee.minus(amountDue(fee, rounding));
    }
}
