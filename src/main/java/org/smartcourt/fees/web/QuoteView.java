package org.smartcourt.fees.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fee quote as the API returns it and the calculator shows it: amounts as decimal strings (never binary floating
 * point), texts and citations in the request's language.
 */
record QuoteView(
        String total,
        String exact,
        String currency,
        String matter,
        String matterLabel,
        List<Line> lines,
        List<Explanation> notes,
        @Nullable String halvedFor,
        List<String> legalBasis,
        Schedule schedule,
        @Nullable Province province,
        Rounding rounding) {

    /** One step of the breakdown. */
    record Line(
            String kind,
            String item,
            String description,
            @Nullable String from,
            @Nullable String upTo,
            @Nullable String part,
            @Nullable String rate,
            @Nullable String fraction,
            @Nullable String ground,
            String fee,
            String runningTotal,
            String basis) {}

    /** An explanation that does not change the amount. */
    record Explanation(String kind, String text, @Nullable String basis) {}

    record Schedule(LocalDate effectiveFrom, String source) {}

    record Province(String code, String name, boolean placeholder) {}

    record Rounding(int scale, String mode) {}
}
