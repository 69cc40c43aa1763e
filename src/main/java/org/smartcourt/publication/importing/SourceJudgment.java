package org.smartcourt.publication.importing;

import org.jspecify.annotations.Nullable;

/**
 * A judgment as a corpus gives it, before anonymisation; whatever is missing is read from the text.
 *
 * @param line the line of the file it came from, for error messages
 * @param date ISO date ({@code 2017-06-28}), if given
 * @param caseType a case-type code such as 刑初, if given
 */
public record SourceJudgment(
        long line,
        @Nullable String caseNumber,
        @Nullable String court,
        @Nullable String title,
        @Nullable String date,
        @Nullable String caseType,
        String text) {}
