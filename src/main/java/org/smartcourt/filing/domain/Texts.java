package org.smartcourt.filing.domain;

import org.jspecify.annotations.Nullable;

/** Normalises typed text: surrounding blanks removed, blank becomes absent. */
final class Texts {

    private Texts() {}

    static @Nullable String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
