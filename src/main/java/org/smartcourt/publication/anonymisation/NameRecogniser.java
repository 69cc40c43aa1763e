package org.smartcourt.publication.anonymisation;

import java.util.List;

/** Statistical recognition of person, place and organisation names: the safety net for names the record lacks. */
public interface NameRecogniser {

    List<Mention> recognise(String text);

    /** A recognised name; offsets into the text given to {@link #recognise}. */
    record Mention(int start, int end, Kind kind, boolean transliterated) {}

    enum Kind {
        PERSON,
        PLACE,
        ORGANISATION
    }

    /** Recognises nothing: anonymisation by the record and the detectors alone. */
    NameRecogniser NONE = text -> List.of();
}
