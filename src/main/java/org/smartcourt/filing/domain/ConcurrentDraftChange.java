package org.smartcourt.filing.domain;

import java.util.UUID;

/** The draft changed (or was submitted) between reading it and saving it. */
public class ConcurrentDraftChange extends RuntimeException {

    public ConcurrentDraftChange(UUID id) {
        super("The draft " + id + " changed meanwhile");
    }
}
