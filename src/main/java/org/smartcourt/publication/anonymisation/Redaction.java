package org.smartcourt.publication.anonymisation;

/**
 * One span of the input text that the published text replaces.
 *
 * @param start offset of the first replaced character in the input text
 * @param end offset after the last replaced character in the input text
 * @param category what was removed
 * @param rule the detector and the legal rule that require the removal
 * @param replacement what the published text shows instead (may be empty: deleted)
 */
public record Redaction(int start, int end, Category category, String rule, String replacement) {

    public Redaction {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A redaction needs 0 <= start < end, was " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public boolean overlaps(Redaction other) {
        return overlaps(other.start, other.end);
    }

    Redaction withReplacement(String newReplacement) {
        return new Redaction(start, end, category, rule, newReplacement);
    }

    Redaction withRule(String newRule) {
        return new Redaction(start, end, category, newRule, replacement);
    }
}
