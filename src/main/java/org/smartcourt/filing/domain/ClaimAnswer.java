package org.smartcourt.filing.domain;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the filer entered for one claim item, as typed: the amount in yuan, for interest the annual rate in percent and
 * the period (from, to), and free text for the item's detail (or the whole claim when it has no amount).
 */
public record ClaimAnswer(
        @Nullable String amount,
        @Nullable String rate,
        @Nullable String from,
        @Nullable String to,
        @Nullable String detail) {

    /** The parts a rule may name: {@code claims.interest.from}. */
    public static final Set<String> PARTS = Set.of("amount", "rate", "from", "to");

    public ClaimAnswer {
        amount = Texts.trimmed(amount);
        rate = Texts.trimmed(rate);
        from = Texts.trimmed(from);
        to = Texts.trimmed(to);
        detail = Texts.trimmed(detail);
    }

    public static ClaimAnswer ofAmount(String amount) {
        return new ClaimAnswer(amount, null, null, null, null);
    }

    public boolean blank() {
        return amount == null && rate == null && from == null && to == null && detail == null;
    }

    @Nullable
    String part(String name) {
        return switch (name) {
            case "amount" -> amount;
            case "rate" -> rate;
            case "from" -> from;
            case "to" -> to;
            default -> null;
        };
    }
}
