package org.smartcourt.publication.application;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.publication.domain.ConcurrentItemChange;
import org.smartcourt.publication.domain.ExcludedByLaw;
import org.smartcourt.publication.domain.ItemNotReviewable;
import org.smartcourt.publication.domain.PublicationItems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer approves: the anonymised text (with the corrections) is published and indexed for the public search.
 * When the reviewer quotes the hash of the text they saw, a text that changed meanwhile is not published. A ground of
 * Art. 4 that applies stops it, except a mediated case whose publication the reviewer states is really necessary.
 */
@Component
public class ApproveItem {

    static final String ACTION = "publication.item.approved";

    private final PublicationAccess access;
    private final PublicationItems items;
    private final ProposedText proposedText;
    private final PublicRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    ApproveItem(
            PublicationAccess access,
            PublicationItems items,
            ProposedText proposedText,
            PublicRecords records,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.items = items;
        this.proposedText = proposedText;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the id of the published judgment. */
    @Transactional
    public UUID approve(UUID id, String username, @Nullable String expectedSha256, @Nullable String necessity) {
        var item = access.item(id, username, ACTION);
        var proposed = proposedText.of(item);
        if (expectedSha256 != null
                && !expectedSha256.isBlank()
                && !expectedSha256.strip().equalsIgnoreCase(ProposedText.sha256(proposed.text()))) {
            throw PublicationProblem.staleReview();
        }
        var now = clock.instant();
        var publishedId = UUID.randomUUID();
        try {
            item.approve(necessity, publishedId, username, now);
        } catch (ItemNotReviewable decided) {
            throw PublicationProblem.alreadyDecided(decided.status().name());
        } catch (ExcludedByLaw excluded) {
            throw PublicationProblem.excludedByLaw(excluded.ground());
        }
        records.publishText(item, publishedId, proposed.text(), now);
        try {
            items.update(item);
        } catch (ConcurrentItemChange changed) {
            throw PublicationProblem.changedMeanwhile();
        }
        audit.record(AuditRecord.of(username, ACTION, "publication-item:" + id, AuditOutcome.SUCCESS)
                .with("case", item.caseId().toString())
                .with("publishedJudgment", publishedId.toString())
                .with("redactions", Integer.toString(proposed.redactions().size()))
                .with("corrections", Integer.toString(item.corrections().size())));
        return publishedId;
    }
}
