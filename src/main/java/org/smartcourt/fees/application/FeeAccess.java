package org.smartcourt.fees.application;

import java.util.Set;
import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.identity.CourtStaffDirectory;
import org.smartcourt.identity.Role;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/**
 * Who may see a case's fees: its parties, their lawyers and the filer, and the clerks, finance officers, judges and
 * president of the case's court. Every read and every denial is audited.
 */
@Component
public class FeeAccess {

    static final Set<Role> STAFF_WHO_SEE_FEES = Set.of(Role.CLERK, Role.FINANCE, Role.JUDGE, Role.PRESIDENT);

    private final FeeNotices notices;
    private final CaseAccessCheck cases;
    private final CourtStaffDirectory staff;
    private final AuditTrail audit;

    FeeAccess(FeeNotices notices, CaseAccessCheck cases, CourtStaffDirectory staff, AuditTrail audit) {
        this.notices = notices;
        this.cases = cases;
        this.staff = staff;
        this.audit = audit;
    }

    /** The case's court, once the caller is allowed to read its fees. */
    public String read(UUID caseId, String username) {
        var court = notices.courtOf(caseId).orElseThrow(() -> FeesProblem.caseNotFound(caseId));
        if (!cases.involves(caseId, username)
                && !staff.holdsRoleAt(username, CourtCode.of(court), STAFF_WHO_SEE_FEES)) {
            audit.record(AuditRecord.of(username, "fees.read", caseId.toString(), AuditOutcome.DENIED));
            throw FeesProblem.accessDenied(caseId);
        }
        audit.record(AuditRecord.of(username, "fees.read", caseId.toString(), AuditOutcome.SUCCESS));
        return court;
    }

    /** Only a plaintiff's side pays the acceptance fee (Art. 20). */
    public void pay(UUID caseId, String username) {
        if (!cases.actsForPlaintiff(caseId, username)) {
            audit.record(AuditRecord.of(username, "fees.pay", caseId.toString(), AuditOutcome.DENIED));
            throw FeesProblem.accessDenied(caseId);
        }
    }

    public boolean holds(String username, String court, Role role) {
        return staff.holdsRoleAt(username, CourtCode.of(court), Set.of(role));
    }

    /** The staff who decide on fee relief: the court's clerks, judges and president (see {@link DecideFeeRelief}). */
    public boolean decidesRelief(String username, String court) {
        return staff.holdsRoleAt(username, CourtCode.of(court), DecideFeeRelief.DECIDERS);
    }

    public java.util.Optional<String> staffName(String username) {
        return staff.staffName(username);
    }

    public boolean isStaffOf(String username, String court) {
        return staff.holdsRoleAt(username, CourtCode.of(court), STAFF_WHO_SEE_FEES);
    }
}
