package org.smartcourt.publication.anonymisation;

/**
 * A reviewer's decision on a span of the input text, applied last: {@link Action#MASK} adds a redaction the machine
 * missed, {@link Action#KEEP} removes every machine redaction overlapping the span. The case number and the court
 * officers stay protected even from a reviewer.
 */
public record ReviewerCorrection(int start, int end, Action action, Category category) {

    public enum Action {
        MASK,
        KEEP
    }

    public ReviewerCorrection {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A correction needs 0 <= start < end");
        }
    }
}
