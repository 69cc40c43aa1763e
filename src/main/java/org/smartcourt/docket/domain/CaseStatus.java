package org.smartcourt.docket.domain;

/** Where a case stands in its lifecycle; {@link CaseTransition} says which moves are legal. */
public enum CaseStatus {
    /** Filed and waiting for the registration decision (立案审查). */
    FILED,
    /** The court asked for corrections (补正) and waits for them. */
    CORRECTION_REQUESTED,
    /** Registered (立案) with a case number, no judge yet. */
    REGISTERED,
    /** A judge (承办法官) is assigned. */
    ASSIGNED,
    /** Closed (结案). */
    CLOSED,
    /** Not accepted (不予受理). */
    REFUSED,
    /** Withdrawn by the filer or plaintiff. */
    WITHDRAWN,
    /** Transferred to another court (移送). */
    TRANSFERRED;

    /** Whether nothing can happen to the case any more. */
    public boolean isFinal() {
        return this == CLOSED || this == REFUSED || this == WITHDRAWN || this == TRANSFERRED;
    }
}
