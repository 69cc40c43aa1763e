package org.smartcourt.publication.anonymisation;

/**
 * A reviewer's decision on a span of the input text, applied last: {@link Action#MASK} adds a redaction the machine
 * missed, or overrides the replacement of one it made; {@link Action#KEEP} removes every machine redaction
 * overlapping the span. The case number and the court officers stay protected even from a reviewer.
 *
 * @param replacement what the published text shows for a masked span; empty for the automatic replacement: the
 *     pseudonym of a person or organisation (张某, numbered like the others), crosses for anything else
 */
public record ReviewerCorrection(int start, int end, Action action, Category category, String replacement) {

    public enum Action {
        MASK,
        KEEP
    }

    public ReviewerCorrection {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A correction needs 0 <= start < end");
        }
        replacement = replacement == null ? "" : replacement;
    }

    public ReviewerCorrection(int start, int end, Action action, Category category) {
        this(start, end, action, category, "");
    }
}
