package org.smartcourt.fees.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.ApplicationKind;
import org.smartcourt.fees.domain.CaseKind;
import org.smartcourt.fees.domain.HalvingGround;
import org.smartcourt.fees.domain.Stage;

/** What a person enters in the calculator, as typed; {@link #toRequest} parses it or names the fields in error. */
record CalculatorForm(
        @Nullable String matter,
        @Nullable String amounts,
        @Nullable Boolean nonPropertyClaims,
        @Nullable String stage,
        @Nullable List<String> halvingGrounds,
        @Nullable String chosenAmount,
        @Nullable String province) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，;；、]+");

    boolean submitted() {
        return matter != null && !matter.isBlank();
    }

    public boolean grounds(String ground) {
        return halvingGrounds != null && halvingGrounds.contains(ground);
    }

    /** The request, or null with {@code errors} (field → message key) filled in. */
    @Nullable
    QuoteRequest toRequest(Map<String, String> errors) {
        var caseKind = parse(CaseKind.class, matter);
        var applicationKind = parse(ApplicationKind.class, matter);
        if (caseKind == null && applicationKind == null) {
            errors.put("matter", "fees.problem.matterRequired");
        }
        var parsedStage = stage == null || stage.isBlank() ? Stage.FIRST_INSTANCE : parse(Stage.class, stage);
        if (parsedStage == null) {
            errors.put("stage", "fees.form.stage.invalid");
        }
        var grounds = EnumSet.noneOf(HalvingGround.class);
        if (halvingGrounds != null) {
            for (var ground : halvingGrounds) {
                var parsed = parse(HalvingGround.class, ground);
                if (parsed == null) {
                    errors.put("halvingGrounds", "fees.form.halving.invalid");
                } else {
                    grounds.add(parsed);
                }
            }
        }
        var parsedAmounts = amounts(errors);
        var chosen = decimal(chosenAmount);
        if (chosenAmount != null && !chosenAmount.isBlank() && chosen == null) {
            errors.put("chosenAmount", "fees.form.amount.invalid");
        } else if (chosen != null && chosen.signum() < 0) {
            errors.put("chosenAmount", "fees.problem.amountNotPositive");
        }
        if (applicationKind != null && parsedAmounts.size() > 1) {
            errors.put("amounts", "fees.form.amounts.single");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new QuoteRequest(
                caseKind,
                applicationKind,
                parsedStage,
                caseKind == null ? null : parsedAmounts,
                Boolean.TRUE.equals(nonPropertyClaims),
                Set.copyOf(grounds),
                applicationKind == null || parsedAmounts.isEmpty() ? null : parsedAmounts.get(0),
                chosen,
                province,
                null);
    }

    private List<BigDecimal> amounts(Map<String, String> errors) {
        var parsed = new ArrayList<BigDecimal>();
        if (amounts == null || amounts.isBlank()) {
            return parsed;
        }
        for (var written : Arrays.stream(SEPARATORS.split(amounts.strip())).toList()) {
            var amount = decimal(written);
            if (amount == null) {
                errors.put("amounts", "fees.form.amount.invalid");
            } else {
                parsed.add(amount);
            }
        }
        return parsed;
    }

    private static @Nullable BigDecimal decimal(@Nullable String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(written.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(name.strip())) {
                return constant;
            }
        }
        return null;
    }
}
