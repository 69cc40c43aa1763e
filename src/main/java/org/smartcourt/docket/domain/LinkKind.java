package org.smartcourt.docket.domain;

/** How two cases of one dispute are related. */
public enum LinkKind {
    /** First instance and its appeal (民终). */
    APPEAL,
    /** A decided case and its retrial (民再). */
    RETRIAL,
    /** A decided case and its enforcement (执). */
    ENFORCEMENT,
    /** Pre-filing mediation (民诉前调) and the case filed after it. */
    PRE_FILING_MEDIATION
}
