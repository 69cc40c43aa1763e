package org.smartcourt.docket.application;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.Actor;
import org.smartcourt.docket.domain.CaseAccessPolicy;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.CourtStaff;
import org.smartcourt.docket.domain.StaffRole;
import org.springframework.stereotype.Component;

/** Applies the {@link CaseAccessPolicy} to a caller and audits every read and every denial. */
@Component
class CaseAccess {

    static final String READ = "docket.case.read";

    private final CaseAccessPolicy policy;
    private final CourtStaff staff;
    private final AuditTrail audit;

    CaseAccess(CaseAccessPolicy policy, CourtStaff staff, AuditTrail audit) {
        this.policy = policy;
        this.staff = staff;
        this.audit = audit;
    }

    /** Lets the caller read the case, auditing the read as SUCCESS or DENIED. */
    CaseAccessPolicy.Basis read(CourtCase courtCase, String username) {
        var basis = policy.viewingBasis(username, courtCase);
        if (basis.isEmpty()) {
            throw denied(courtCase.id(), username, READ);
        }
        audit.record(AuditRecord.of(username, READ, courtCase.id().toString(), AuditOutcome.SUCCESS)
                .with("basis", basis.get().name()));
        return basis.get();
    }

    /** The clerk or president deciding on registration, as shown on the timeline. */
    Actor registrar(CourtCase courtCase, String username, String action) {
        if (!policy.mayDecideRegistration(username, courtCase)) {
            audit.record(AuditRecord.of(username, action, courtCase.id().toString(), AuditOutcome.DENIED)
                    .with("court", courtCase.court().value()));
            throw DocketProblem.notCourtStaff(courtCase.court());
        }
        var role =
                staff.isStaffOf(username, courtCase.court(), StaffRole.CLERK) ? ActorRole.CLERK : ActorRole.PRESIDENT;
        return new Actor(username, role, staff.publicNameOf(username).orElse(null));
    }

    /** The filer, plaintiff or plaintiff's lawyer withdrawing. */
    Actor withdrawer(CourtCase courtCase, String username, String action) {
        if (!policy.mayWithdraw(username, courtCase)) {
            throw denied(courtCase.id(), username, action);
        }
        return Actor.of(username, partyRole(courtCase, username));
    }

    /** A party, lawyer or the filer opening an appeal or enforcement. */
    Actor followUp(CourtCase courtCase, String username, String action) {
        if (!policy.mayOpenFollowUp(username, courtCase)) {
            throw denied(courtCase.id(), username, action);
        }
        return Actor.of(username, partyRole(courtCase, username));
    }

    private static ActorRole partyRole(CourtCase courtCase, String username) {
        if (courtCase.isPartyAccount(username)) {
            return ActorRole.PARTY;
        }
        return courtCase.isRepresentative(username) ? ActorRole.REPRESENTATIVE : ActorRole.FILER;
    }

    private DocketProblem denied(CaseId id, String username, String action) {
        audit.record(AuditRecord.of(username, action, id.toString(), AuditOutcome.DENIED));
        return DocketProblem.accessDenied(id);
    }
}
