package org.smartcourt.publication.application;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a caller asks to anonymise, as received (unvalidated).
 *
 * @param text the judgment text
 * @param caseType a case-type code such as 刑初 or 民初
 * @param profile {@code RULE_2016} or {@code PRACTICE_2024}
 * @param parties what the case record knows, or null
 */
public record AnonymisationRequest(
        @Nullable String text,
        @Nullable String caseType,
        @Nullable String profile,
        @Nullable List<PartyEntry> parties) {

    /** A person or organisation of the case record with a role ({@code VICTIM} or 被害人). */
    public record PartyEntry(
            @Nullable String name, @Nullable String role) {}
}
