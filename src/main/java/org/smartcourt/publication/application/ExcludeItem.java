package org.smartcourt.publication.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.publication.domain.ConcurrentItemChange;
import org.smartcourt.publication.domain.ExclusionGround;
import org.smartcourt.publication.domain.ItemNotReviewable;
import org.smartcourt.publication.domain.PublicationItems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer excludes a document under Art. 4 (法释〔2016〕19号): the portal publishes only the case number, the court,
 * the date and the reason (Art. 6), or — for a state secret the notice itself would leak — nothing.
 */
@Component
public class ExcludeItem {

    static final String ACTION = "publication.item.excluded";

    private final PublicationAccess access;
    private final PublicationItems items;
    private final PublicRecords records;
    private final CourtFacts courts;
    private final AuditTrail audit;
    private final Clock clock;

    ExcludeItem(
            PublicationAccess access,
            PublicationItems items,
            PublicRecords records,
            CourtFacts courts,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.items = items;
        this.records = records;
        this.courts = courts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the id of the published notice; null when the notice is withheld. */
    @Transactional
    public @Nullable UUID exclude(
            UUID id, String username, ExclusionGround ground, @Nullable String reason, boolean withholdNotice) {
        var item = access.item(id, username, ACTION);
        var now = clock.instant();
        var noticeId = withholdNotice ? null : UUID.randomUUID();
        org.smartcourt.publication.domain.NonPublicationNotice notice;
        try {
            notice = item.exclude(ground, reason, withholdNotice, courts.name(item.court()), noticeId, username, now);
        } catch (ItemNotReviewable decided) {
            throw PublicationProblem.alreadyDecided(decided.status().name());
        } catch (IllegalArgumentException invalid) {
            throw PublicationProblem.invalid(
                    withholdNotice && !ground.noticeMayBeWithheld()
                            ? "withhold"
                            : ground.requiresReason() && (reason == null || reason.isBlank())
                                    ? "reason"
                                    : "reasonLength");
        }
        if (noticeId != null) {
            records.publishNotice(item, noticeId, notice, username, now, LocalDate.now(clock));
        } else {
            records.withheld(item);
        }
        try {
            items.update(item);
        } catch (ConcurrentItemChange changed) {
            throw PublicationProblem.changedMeanwhile();
        }
        var record = AuditRecord.of(username, ACTION, "publication-item:" + id, AuditOutcome.SUCCESS)
                .with("case", item.caseId().toString())
                .with("ground", ground.name())
                .with("noticeWithheld", Boolean.toString(withholdNotice));
        audit.record(noticeId == null ? record : record.with("publishedJudgment", noticeId.toString()));
        return noticeId;
    }
}
