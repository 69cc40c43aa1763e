package org.smartcourt.delivery.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.Party;
import org.smartcourt.identity.CourtStaffDirectory;
import org.smartcourt.identity.Role;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/**
 * Who may do what with services: the court's clerks, judges and president act on the services of their court; a party
 * (or its lawyer) sees what was served on it. Every read and change is audited, and every denial.
 */
@Component
public class DeliveryAccess {

    /** A member of the court's staff acting on a service, with the capacity and name shown on the timeline. */
    public record StaffMember(
            String username, ActorRole role, @Nullable String name) {}

    private static final Set<Role> STAFF = Set.of(Role.CLERK, Role.JUDGE, Role.PRESIDENT);

    private final CourtStaffDirectory staff;
    private final AuditTrail audit;
    private final Docket docket;

    DeliveryAccess(CourtStaffDirectory staff, AuditTrail audit, Docket docket) {
        this.staff = staff;
        this.audit = audit;
        this.docket = docket;
    }

    /** The case's outline, or 404. */
    public CaseOutline outline(UUID caseId) {
        return docket.outline(new CaseId(caseId)).orElseThrow(() -> DeliveryProblem.noSuchCase(caseId.toString()));
    }

    public boolean isStaffAt(String username, CourtCode court) {
        return staff.holdsRoleAt(username, court, STAFF);
    }

    /** The caller as a member of the court's staff, or a denial that is audited. */
    public StaffMember staffAt(String username, CourtCode court, String action, String subject) {
        if (!isStaffAt(username, court)) {
            audit.record(AuditRecord.of(username, action, subject, AuditOutcome.DENIED)
                    .with("court", court.value()));
            throw DeliveryProblem.notCourtStaff(court.value());
        }
        var role = staff.holdsRoleAt(username, court, Set.of(Role.CLERK))
                ? ActorRole.CLERK
                : staff.holdsRoleAt(username, court, Set.of(Role.JUDGE)) ? ActorRole.JUDGE : ActorRole.PRESIDENT;
        return new StaffMember(username, role, staff.staffName(username).orElse(null));
    }

    /** The parties of the case the user acts for: itself through its account, or its clients as their lawyer. */
    public List<Party> partiesOf(String username, CaseOutline outline) {
        return outline.parties().stream()
                .filter(party -> username.equals(party.account())
                        || outline.representatives().stream()
                                .anyMatch(lawyer -> lawyer.lawyer().equals(username)
                                        && lawyer.forParty().equals(party.identification())))
                .toList();
    }

    /** Whether the user may see this service: staff of its court, its recipient, or the recipient's lawyer. */
    public boolean maySee(String username, Service service) {
        if (service.isAddressedTo(username) || isStaffAt(username, service.court())) {
            return true;
        }
        return docket.outline(new CaseId(service.caseId()))
                .map(outline -> partiesOf(username, outline).stream()
                        .anyMatch(party -> party.identification()
                                .equals(service.recipient().identification())))
                .orElse(false);
    }

    /** Lets the user see the service, auditing the read; otherwise audits the denial and answers 404. */
    public void read(String username, Service service, String action) {
        if (!maySee(username, service)) {
            denied(username, action, service.id().toString());
            throw DeliveryProblem.noSuchService(service.id().toString());
        }
        recorded(
                username,
                action,
                service.id().toString(),
                "case",
                service.caseId().toString());
    }

    public void recorded(String actor, String action, String subject, String... details) {
        var record = AuditRecord.of(actor, action, subject, AuditOutcome.SUCCESS);
        for (var i = 0; i + 1 < details.length; i += 2) {
            record = record.with(details[i], details[i + 1]);
        }
        audit.record(record);
    }

    public void denied(String actor, String action, String subject) {
        audit.record(AuditRecord.of(actor, action, subject, AuditOutcome.DENIED));
    }
}
