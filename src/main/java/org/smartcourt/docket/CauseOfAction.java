package org.smartcourt.docket;

import org.jspecify.annotations.Nullable;

/**
 * The 案由 of a case: its code in the SPC list of causes of action, when known, and its name ({@code 民间借贷纠纷}). Free
 * text is accepted until the official list is loaded as reference data.
 */
public record CauseOfAction(@Nullable String code, String name) {

    public CauseOfAction {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A cause of action needs a name of at most 200 characters");
        }
        name = name.strip();
        code = code == null || code.isBlank() ? null : code.strip();
    }

    public static CauseOfAction named(String name) {
        return new CauseOfAction(null, name);
    }
}
