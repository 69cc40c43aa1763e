package org.smartcourt.identity.application;

import java.util.Map;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Writes identity's security events to the hash-chained audit log, each in a transaction of its own. */
@Component
class AuditedSecurityEvents implements SecurityEvents {

    private final AuditTrail trail;

    AuditedSecurityEvents(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void record(String actor, String action, String subject, Outcome outcome, Map<String, String> details) {
        trail.record(new AuditRecord(actor, action, subject, AuditOutcome.valueOf(outcome.name()), details));
    }
}
