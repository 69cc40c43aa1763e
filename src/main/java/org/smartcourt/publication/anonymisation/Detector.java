package org.smartcourt.publication.anonymisation;

import java.util.List;

/** Finds one kind of personal information in a text by its shape alone. */
public interface Detector {

    /** The spans to redact, with offsets into {@code text}. */
    List<Redaction> detect(String text);

    /** Replaces every character with "×" (法释〔2016〕19号 Art. 10 ¶2: the symbol "×" where deletion would confuse). */
    static String crosses(int length) {
        return "×".repeat(length);
    }
}
