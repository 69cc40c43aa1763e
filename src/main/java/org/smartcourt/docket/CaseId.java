package org.smartcourt.docket;

import java.util.Objects;
import java.util.UUID;

/** The identity of a case in the docket, stable from filing on (the case number comes only with registration). */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** The id written as text; rejects anything that is not a UUID. */
    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
