package org.smartcourt.fees.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * One version of the fee schedule: every {@link FeeItem}'s rule and every {@link Provision}'s citation, in force from
 * {@code effectiveFrom}. A new version of the Measures is a new data file, not new code.
 */
public record FeeSchedule(
        LocalDate effectiveFrom, String source, Map<FeeItem, FeeRule> rules, Map<Provision, LegalBasis> provisions) {

    public FeeSchedule {
        rules = Map.copyOf(rules);
        provisions = Map.copyOf(provisions);
        for (var item : FeeItem.values()) {
            var rule = rules.get(item);
            if (rule == null || !item.shape().isInstance(rule)) {
                throw new IllegalArgumentException("Schedule " + effectiveFrom + " needs a "
                        + item.shape().getSimpleName() + " for " + item + ", has " + rule);
            }
        }
        var cited = provisions.keySet();
        var missing = Arrays.stream(Provision.values())
                .filter(provision -> !cited.contains(provision))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Schedule " + effectiveFrom + " cites nothing for " + missing);
        }
    }

    public <R extends FeeRule> R rule(FeeItem item, Class<R> shape) {
        return shape.cast(rules.get(item));
    }

    public LegalBasis basis(Provision provision) {
        return provisions.get(provision);
    }
}
