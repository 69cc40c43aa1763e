package org.smartcourt.publication.anonymisation;

import java.util.List;

/** A judgment to anonymise, with what the case record knows about its people. */
public record Judgment(
        String text, CaseType caseType, Profile profile, List<Party> parties, List<ReviewerCorrection> corrections) {

    public Judgment {
        parties = List.copyOf(parties);
        corrections = List.copyOf(corrections);
    }

    public Judgment(String text, CaseType caseType, Profile profile, List<Party> parties) {
        this(text, caseType, profile, parties, List.of());
    }
}
