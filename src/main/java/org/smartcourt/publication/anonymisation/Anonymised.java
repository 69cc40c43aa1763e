package org.smartcourt.publication.anonymisation;

import java.util.List;

/** The text to publish and the redactions that produced it, in text order, with offsets into the input. */
public record Anonymised(String text, List<Redaction> redactions) {

    public Anonymised {
        redactions = List.copyOf(redactions);
    }
}
