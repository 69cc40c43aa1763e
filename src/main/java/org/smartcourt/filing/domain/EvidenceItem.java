package org.smartcourt.filing.domain;

import org.jspecify.annotations.Nullable;

/** One line of the evidence list (证据清单): what it is, where it comes from, what it proves. */
public record EvidenceItem(
        @Nullable String name,
        @Nullable String source,
        @Nullable String purpose) {

    public EvidenceItem {
        name = Texts.trimmed(name);
        source = Texts.trimmed(source);
        purpose = Texts.trimmed(purpose);
    }
}
