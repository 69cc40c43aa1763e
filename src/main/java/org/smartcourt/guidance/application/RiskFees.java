package org.smartcourt.guidance.application;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.FeeQuote;
import org.smartcourt.shared.Money;

/**
 * The fees of a case as the fee engine quotes them: the acceptance fee, the same fee halved in summary procedure and
 * on a mediated settlement, the judicial confirmation of a pre-filing mediation agreement (no fee), and the
 * application fees for preservation and enforcement when they are likely.
 *
 * @param summaryProcedure null when summary procedure is excluded for the case
 * @param provinceFallback whether the court's province has no amounts of its own, so the default province's were used
 */
public record RiskFees(
        FeeQuote acceptance,
        @Nullable FeeQuote summaryProcedure,
        FeeQuote mediatedSettlement,
        FeeQuote judicialConfirmation,
        @Nullable FeeQuote preservation,
        @Nullable FeeQuote enforcement,
        boolean provinceFallback) {

    public RiskFees {
        Objects.requireNonNull(acceptance, "acceptance");
        Objects.requireNonNull(mediatedSettlement, "mediatedSettlement");
        Objects.requireNonNull(judicialConfirmation, "judicialConfirmation");
    }

    /** What a settlement after filing saves on the acceptance fee (诉讼费用交纳办法 Art. 15). */
    public Money settlementSaving() {
        return acceptance.total().minus(mediatedSettlement.total());
    }

    /** What settling in pre-filing mediation and having the agreement confirmed saves: the whole acceptance fee. */
    public Money preFilingSaving() {
        return acceptance.total().minus(judicialConfirmation.total());
    }
}
