package org.smartcourt.audit;

/** How the audited attempt ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
