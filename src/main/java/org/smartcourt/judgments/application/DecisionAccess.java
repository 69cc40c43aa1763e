package org.smartcourt.judgments.application;

import java.util.Set;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.identity.CourtStaffDirectory;
import org.smartcourt.identity.Role;
import org.springframework.stereotype.Component;

/** Only the clerks and the president of the case's court read or record its decisions; every attempt is audited. */
@Component
class DecisionAccess {

    private static final Set<Role> RECORDERS = Set.of(Role.CLERK, Role.PRESIDENT);

    private final CourtStaffDirectory staff;
    private final AuditTrail audit;

    DecisionAccess(CourtStaffDirectory staff, AuditTrail audit) {
        this.staff = staff;
        this.audit = audit;
    }

    void check(CaseOutline outline, String username, String action) {
        if (!staff.holdsRoleAt(username, outline.court(), RECORDERS)) {
            audit.record(AuditRecord.of(username, action, outline.caseId().toString(), AuditOutcome.DENIED)
                    .with("court", outline.court().value()));
            throw JudgmentsProblem.notCourtStaff(outline.court().value());
        }
    }
}
