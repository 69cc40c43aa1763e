package org.smartcourt.publication.application;

import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.publication.anonymisation.Anonymised;
import org.smartcourt.publication.domain.PublicationItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a reviewer of the item's court the original text beside the text proposed for publication. Reading the
 * original is audited: who, which item, which case.
 */
@Component
public class ReviewItem {

    static final String READ = "publication.item.originalRead";

    /**
     * @param proposed the anonymised text with its redactions (offsets into the original)
     * @param proposedSha256 what an approval must quote to publish exactly this text
     */
    public record Review(PublicationItem item, Anonymised proposed, String proposedSha256) {}

    private final PublicationAccess access;
    private final ProposedText proposedText;
    private final AuditTrail audit;

    ReviewItem(PublicationAccess access, ProposedText proposedText, AuditTrail audit) {
        this.access = access;
        this.proposedText = proposedText;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Review review(UUID id, String username) {
        var item = access.item(id, username, READ);
        var proposed = proposedText.of(item);
        audit.record(AuditRecord.of(username, READ, "publication-item:" + id, AuditOutcome.SUCCESS)
                .with("case", item.caseId().toString())
                .with("document", item.documentHash()));
        return new Review(item, proposed, ProposedText.sha256(proposed.text()));
    }
}
