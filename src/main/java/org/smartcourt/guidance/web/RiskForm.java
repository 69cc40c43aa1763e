package org.smartcourt.guidance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a person enters on the calculator page, as typed; {@link #toRequest} parses what can be parsed. */
record RiskForm(
        @Nullable String caseType,
        @Nullable String court,
        @Nullable String amount,
        @Nullable String limitationStart,
        @Nullable Boolean preservationLikely,
        @Nullable Boolean enforcementLikely,
        @Nullable Boolean defendantReachable) {

    private static final Pattern GROUPING = Pattern.compile("[\\s,，]");

    /** Whether the form was sent (its case-type list always is), as opposed to the page being opened. */
    boolean submitted() {
        return caseType != null;
    }

    /** Checked when the page opens; afterwards as sent (an unchecked box sends nothing). */
    public boolean reachable() {
        return !submitted() || Boolean.TRUE.equals(defendantReachable);
    }

    /** The request; fields that cannot be parsed are left empty and named in {@code errors} (field → message key). */
    RiskRequest toRequest(Map<String, String> errors) {
        return new RiskRequest(
                blankToNull(caseType),
                blankToNull(court),
                amount(errors),
                date(errors),
                Boolean.TRUE.equals(preservationLikely),
                Boolean.TRUE.equals(enforcementLikely),
                reachable());
    }

    private @Nullable BigDecimal amount(Map<String, String> errors) {
        var written = blankToNull(amount);
        if (written == null) {
            return null;
        }
        try {
            return new BigDecimal(GROUPING.matcher(written).replaceAll(""));
        } catch (NumberFormatException notANumber) {
            errors.put("amount", "guidance.form.amount.invalid");
            return null;
        }
    }

    private @Nullable LocalDate date(Map<String, String> errors) {
        var written = blankToNull(limitationStart);
        if (written == null) {
            return null;
        }
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException notADate) {
            errors.put("limitationStart", "guidance.form.date.invalid");
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
