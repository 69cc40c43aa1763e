package org.smartcourt.fees.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * A computed fee: the amount to pay ({@code total}, rounded once by {@code rounding}), the exact amount before
 * rounding, every step with its article, the halving ground applied (if any) and the schedule and province used.
 */
public record FeeAssessment(
        Money total,
        ExactAmount exact,
        List<FeeLine> lines,
        List<Note> notes,
        @Nullable HalvingGround halvedFor,
        FeeSchedule schedule,
        @Nullable ProvincialAmounts provincialAmounts,
        RoundingPolicy rounding) {

    public FeeAssessment {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** Every article applied, in the order first used. */
    public List<LegalBasis> legalBasis() {
        var bases = new LinkedHashSet<LegalBasis>();
        lines.forEach(line -> bases.add(line.basis()));
        notes.stream().map(Note::basis).filter(basis -> basis != null).forEach(bases::add);
        return new ArrayList<>(bases);
    }
}
