package org.smartcourt.publication.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.identity.CourtStaffDirectory;
import org.smartcourt.identity.Role;
import org.smartcourt.publication.domain.PublicationItem;
import org.smartcourt.publication.domain.PublicationItems;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/**
 * Who reviews a court's publication queue and changes its published records: its clerks and its president. A
 * reviewer of another court is told an item does not exist (404) rather than that it is someone else's; every denial
 * is audited.
 */
@Component
class PublicationAccess {

    static final Set<Role> REVIEWERS = Set.of(Role.CLERK, Role.PRESIDENT);

    private final CourtStaffDirectory staff;
    private final PublicationItems items;
    private final AuditTrail audit;

    PublicationAccess(CourtStaffDirectory staff, PublicationItems items, AuditTrail audit) {
        this.staff = staff;
        this.items = items;
        this.audit = audit;
    }

    /** The courts whose queue the user reviews. */
    List<CourtCode> courtsOf(String username) {
        return staff.courtsWhere(username, REVIEWERS);
    }

    boolean mayReview(String username, CourtCode court) {
        return staff.holdsRoleAt(username, court, REVIEWERS);
    }

    /** Refuses (403) a user who asks for the queue of a court not theirs. */
    void requireReviewerAt(String username, CourtCode court, String action) {
        if (!mayReview(username, court)) {
            audit.record(AuditRecord.of(username, action, court.value(), AuditOutcome.DENIED));
            throw PublicationProblem.notReviewer(court.value());
        }
    }

    /** The item, if it exists and belongs to one of the user's courts; 404 otherwise, the denial audited. */
    PublicationItem item(UUID id, String username, String action) {
        var item = items.find(id).orElseThrow(() -> PublicationProblem.itemNotFound(id.toString()));
        if (!mayReview(username, item.court())) {
            audit.record(AuditRecord.of(username, action, "publication-item:" + id, AuditOutcome.DENIED)
                    .with("court", item.court().value()));
            throw PublicationProblem.itemNotFound(id.toString());
        }
        return item;
    }

    /** Refuses (404) a change to a published record of another court, auditing the attempt. */
    void requireRecordReviewer(String username, UUID recordId, String court, String action) {
        if (!CourtCode.isValid(court) || !mayReview(username, CourtCode.of(court))) {
            audit.record(AuditRecord.of(username, action, "published-judgment:" + recordId, AuditOutcome.DENIED));
            throw PublicationProblem.judgmentNotFound(recordId.toString());
        }
    }
}
