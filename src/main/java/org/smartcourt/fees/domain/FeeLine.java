package org.smartcourt.fees.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * One step of an assessment: what it adds ({@code fee}, negative for a halving or a cap), the running total after it,
 * and the article it applies. Which of the optional fields are set depends on {@link Kind}.
 */
public record FeeLine(
        Kind kind,
        FeeItem item,
        @Nullable Money from,
        @Nullable Money upTo,
        @Nullable Money part,
        @Nullable BigDecimal rate,
        @Nullable String fraction,
        @Nullable HalvingGround ground,
        ExactAmount fee,
        ExactAmount total,
        LegalBasis basis) {

    /** The kinds of step. */
    public enum Kind {
        /** The flat fee for an amount up to {@code upTo} (or the first part of a larger amount). */
        FLAT,
        /** The rate on the {@code part} of the amount between {@code from} (exclusive) and {@code upTo} (inclusive). */
        BAND,
        /** The statutory maximum ({@code upTo}) cuts the fee down. */
        CAP,
        /** A fee per case or application. */
        FIXED,
        /** A fee per case fixed by the province inside the statutory range {@code from}–{@code upTo}. */
        PROVINCIAL,
        /** A fee per case chosen inside the statutory range {@code from}–{@code upTo}. */
        CHOSEN,
        /** A range the court fixes case by case; the quote shows its minimum {@code from} up to {@code upTo}. */
        RANGE_MINIMUM,
        /** A {@code fraction} of the fee so far. */
        FRACTION,
        /** Halved on {@code ground}. */
        HALVED,
        /** No fee is due. */
        EXEMPT
    }
}
