package org.smartcourt.filing.domain;

import java.util.UUID;

/** A submitted draft cannot change: corrections go through the docket's correction request. */
public class DraftAlreadySubmitted extends RuntimeException {

    public DraftAlreadySubmitted(UUID id) {
        super("The draft " + id + " is already submitted");
    }
}
