package org.smartcourt.publication.domain;

import java.time.Instant;
import java.util.Objects;
import org.smartcourt.publication.anonymisation.Category;
import org.smartcourt.publication.anonymisation.ReviewerCorrection;

/**
 * A reviewer's correction of the machine's anonymisation, stage (d) of the anonymiser: mask a span it missed (with a
 * replacement of the reviewer's choice, or the automatic one when empty), or keep a span it masked.
 *
 * @param start offset of the first character in the original text
 * @param end offset after the last character
 * @param replacement what the published text shows; empty for the automatic pseudonym (张某) or crosses
 */
public record Correction(
        int start,
        int end,
        ReviewerCorrection.Action action,
        Category category,
        String replacement,
        String madeBy,
        Instant madeAt) {

    public static final int MAX_REPLACEMENT_LENGTH = 50;

    public Correction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeAt, "madeAt");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A correction covers 0 <= start < end, was " + start + ".." + end);
        }
        replacement = replacement == null ? "" : replacement.strip();
        if (replacement.length() > MAX_REPLACEMENT_LENGTH) {
            throw new IllegalArgumentException("A replacement has at most " + MAX_REPLACEMENT_LENGTH + " characters");
        }
        if (action == ReviewerCorrection.Action.KEEP && !replacement.isEmpty()) {
            throw new IllegalArgumentException("Keeping the original text replaces nothing");
        }
    }

    /** For the anonymiser. */
    public ReviewerCorrection forAnonymiser() {
        return new ReviewerCorrection(start, end, action, category, replacement);
    }

    boolean sameAs(Correction other) {
        return start == other.start
                && end == other.end
                && action == other.action
                && category == other.category
                && replacement.equals(other.replacement);
    }
}
