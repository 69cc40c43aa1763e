package org.smartcourt.fees;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * A quoted fee: the amount to pay (rounded once, as the fees module is configured), the exact amount before rounding
 * ({@code 2769.1356}), every step with its article, explanations that do not change the amount, and every article
 * applied. Texts and citations are in the language the quote was asked for.
 */
public record FeeQuote(Money total, String exact, List<Step> steps, List<Remark> remarks, List<String> legalBasis) {

    public FeeQuote {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(exact, "exact");
        steps = List.copyOf(steps);
        remarks = List.copyOf(remarks);
        legalBasis = List.copyOf(legalBasis);
    }

    /** One step of the breakdown: what it adds (negative for a halving or a cap) and its article. */
    public record Step(String description, String fee, String basis) {}

    /** An explanation, with its article when it has one. */
    public record Remark(String text, @Nullable String basis) {}
}
