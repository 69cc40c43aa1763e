package org.smartcourt.fees.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/** The steps of one assessment as they are taken, with the running total. */
final class Computation {

    private final List<FeeLine> lines = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private ExactAmount total = ExactAmount.ZERO;

    ExactAmount total() {
        return total;
    }

    List<FeeLine> lines() {
        return lines;
    }

    List<Note> notes() {
        return notes;
    }

    void add(
            FeeLine.Kind kind,
            FeeItem item,
            @Nullable Money from,
            @Nullable Money upTo,
            @Nullable Money part,
            @Nullable BigDecimal rate,
            ExactAmount fee,
            LegalBasis basis) {
        total = total.plus(fee);
        lines.add(new FeeLine(kind, item, from, upTo, part, rate, null, null, fee, total, basis));
    }

    void fraction(FeeItem item, int numerator, int denominator, LegalBasis basis) {
        var fee = total.times(numerator, denominator).minus(total);
        total = total.plus(fee);
        lines.add(new FeeLine(
                FeeLine.Kind.FRACTION,
                item,
                null,
                null,
                null,
                null,
                numerator + "/" + denominator,
                null,
                fee,
                total,
                basis));
    }

    void halve(FeeItem item, HalvingGround ground, LegalBasis basis) {
        var fee = total.times(1, 2).negate();
        total = total.plus(fee);
        lines.add(new FeeLine(FeeLine.Kind.HALVED, item, null, null, null, null, "1/2", ground, fee, total, basis));
    }

    void note(Note.Kind kind, @Nullable LegalBasis basis, String... arguments) {
        notes.add(new Note(kind, List.of(arguments), basis));
    }
}
