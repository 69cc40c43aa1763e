package org.smartcourt.audit;

/** Appends to the audit log. Every module records security events and the reads and writes of case data here. */
public interface AuditTrail {

    /**
     * Appends the record in a transaction of its own, so that it is kept even when the caller's transaction rolls
     * back (a failed login is audited although nothing else is written).
     */
    void record(AuditRecord record);
}
