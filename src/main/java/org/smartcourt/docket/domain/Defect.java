package org.smartcourt.docket.domain;

import org.jspecify.annotations.Nullable;

/** One defect of a filing that must be corrected: the field concerned, if any, and what is wrong. */
public record Defect(@Nullable String field, String message) {

    public Defect {
        if (message == null || message.isBlank() || message.length() > 2000) {
            throw new IllegalArgumentException("A defect needs a message of at most 2000 characters");
        }
        field = field == null || field.isBlank() ? null : field.strip();
        message = message.strip();
    }
}
