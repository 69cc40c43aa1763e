package org.smartcourt.docket.domain;

/** A move the case's current state does not allow, such as registering a withdrawn case. */
public class IllegalCaseTransition extends RuntimeException {

    private final CaseStatus status;
    private final CaseTransition transition;

    public IllegalCaseTransition(CaseStatus status, CaseTransition transition) {
        super("A case in state " + status + " cannot " + transition);
        this.status = status;
        this.transition = transition;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseTransition transition() {
        return transition;
    }
}
