package org.smartcourt.fees.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * A fee computed band by band (分段累计): a flat fee up to {@code flatUpTo}, then each band's rate on the part of the
 * amount above the previous band's top and up to its own ({@code upTo} null: no top), optionally capped.
 */
public record ProgressiveRule(
        Money flatUpTo,
        Money flatFee,
        List<Band> bands,
        @Nullable Money cap,
        LegalBasis basis) implements FeeRule {

    /** One band: lower bound exclusive (the previous top), upper bound inclusive ("超过1万元至10万元的部分"). */
    public record Band(@Nullable Money upTo, BigDecimal rate, LegalBasis basis) {

        public Band {
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("Not a rate: " + rate);
            }
        }
    }

    public ProgressiveRule {
        bands = List.copyOf(bands);
        var floor = flatUpTo;
        for (int index = 0; index < bands.size(); index++) {
            var top = bands.get(index).upTo();
            if (top == null ? index != bands.size() - 1 : !top.isGreaterThan(floor)) {
                throw new IllegalArgumentException("Bands must rise, and only the last may be open: " + bands);
            }
            floor = top == null ? floor : top;
        }
        if (flatFee.isNegative() || flatUpTo.isNegative()) {
            throw new IllegalArgumentException("Negative flat fee or threshold");
        }
    }
}
