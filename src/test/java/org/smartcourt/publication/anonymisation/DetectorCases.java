package org.smartcourt.publication.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs one table row against a detector: the expected text is what is redacted, or empty when nothing may be. */
final class DetectorCases {

    private DetectorCases() {}

    static void check(Detector detector, String text, String expected) {
        var found = detector.detect(text).stream()
                .map(redaction -> text.substring(redaction.start(), redaction.end()))
                .toList();
        if (expected.isEmpty()) {
            assertThat(found).as("nothing redacted in «%s»", text).isEmpty();
        } else {
            assertThat(found).as("redacted in «%s»", text).containsExactly(expected.split("\\|"));
        }
    }
}
