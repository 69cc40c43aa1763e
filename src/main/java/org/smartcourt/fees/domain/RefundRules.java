package org.smartcourt.fees.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * Computes refunds of a paid case-acceptance fee by rule: the fee that stays due is assessed again by the engine on the
 * changed facts, and the refund is what was paid beyond it. Judgment-based reallocation (the winner's prepaid fee the
 * loser bears, SPC Interp. Art. 207) is not a refund ground here: it needs the judgment's cost decision.
 */
public final class RefundRules {

    private final Function<CaseFacts, Money> assess;

    /** {@code assess}: the engine's rounded fee for the facts, on the original schedule, province and rounding. */
    public RefundRules(Function<CaseFacts, Money> assess) {
        this.assess = assess;
    }

    /**
     * @param paid what the payers paid for the fee
     * @param facts the facts the fee was assessed on
     * @param reducedClaims for {@link RefundGround#CLAIMS_REDUCED}: the property claims after the reduction
     */
    public RefundComputation compute(
            RefundGround ground, Money paid, CaseFacts facts, @Nullable List<Money> reducedClaims) {
        var due = switch (ground) {
            // Art. 15 with SPC Interp. Art. 206: one halving at most, even on top of summary procedure
            case WITHDRAWAL -> assess.apply(halved(facts, HalvingGround.WITHDRAWAL));
            case MEDIATION -> assess.apply(halved(facts, HalvingGround.MEDIATION));
            // Art. 8(2), 25, 27: nothing stays due
            case DISMISSAL, TRANSFERRED_TO_CRIMINAL, REMANDED -> Money.ZERO;
            // Art. 21(2): the fee on the reduced claims stays due
            case CLAIMS_REDUCED -> {
                if (reducedClaims == null) {
                    throw new IllegalArgumentException("A claim reduction needs the claims after it");
                }
                yield assess.apply(facts.withClaims(reducedClaims));
            }
        };
        var refund = paid.minus(due);
        return new RefundComputation(ground, paid, due, refund.isNegative() ? Money.ZERO : refund, ground.basis());
    }

    private static CaseFacts halved(CaseFacts facts, HalvingGround ground) {
        var grounds = facts.halvingGrounds().isEmpty()
                ? EnumSet.noneOf(HalvingGround.class)
                : EnumSet.copyOf(facts.halvingGrounds());
        grounds.add(ground);
        return new CaseFacts(
                facts.kind(),
                facts.stage(),
                facts.propertyClaims(),
                facts.nonPropertyClaims(),
                grounds,
                facts.chosenAmount());
    }
}
