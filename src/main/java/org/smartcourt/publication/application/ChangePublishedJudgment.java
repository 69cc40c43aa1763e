package org.smartcourt.publication.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.publication.catalogue.CitedArticles;
import org.smartcourt.publication.domain.PublishedRecord;
import org.smartcourt.publication.domain.PublishedRecords;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.smartcourt.publication.persistence.PublishedJudgmentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer of the judgment's court corrects or withdraws a published judgment. Either is itself published: a dated
 * note with the reason on the judgment's page (法释〔2016〕19号 Art. 12–18 [U]). A withdrawn judgment leaves the search;
 * its address shows the note. The replaced text is kept with the note, for the record, not for the public.
 */
@Component
public class ChangePublishedJudgment {

    static final String CORRECTED = "publication.judgment.corrected";
    static final String WITHDRAWN = "publication.judgment.withdrawn";

    private final PublishedJudgmentRepository judgments;
    private final PublishedRecords records;
    private final PublicationAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ChangePublishedJudgment(
            PublishedJudgmentRepository judgments,
            PublishedRecords records,
            PublicationAccess access,
            AuditTrail audit,
            Clock clock) {
        this.judgments = judgments;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    static final String OPENED = "publication.judgment.opened";

    /** The record with its notes, for a reviewer of its court about to correct or withdraw it; 404 for others. */
    @Transactional(readOnly = true)
    public PublishedRecord open(UUID id, String username) {
        return record(load(id, username, OPENED));
    }

    @Transactional
    public void correct(UUID id, String username, String correctedText, String reason) {
        var entity = load(id, username, CORRECTED);
        var record = record(entity);
        var previous = entity.getFullText();
        org.smartcourt.publication.domain.PublicNotice notice;
        try {
            notice = record.correct(correctedText, reason, LocalDate.now(clock));
        } catch (IllegalStateException notNow) {
            throw PublicationProblem.recordNotChangeable(record.withdrawn() ? "withdrawn" : "notice");
        } catch (IllegalArgumentException invalid) {
            throw PublicationProblem.invalid(reason.isBlank() ? "reason" : "correctedText");
        }
        var text = correctedText.strip();
        entity.setFullText(text);
        entity.setCitedArticles(CitedArticles.in(text));
        judgments.saveAndFlush(entity);
        records.addNotice(id, notice, username, previous);
        audit.record(AuditRecord.of(username, CORRECTED, "published-judgment:" + id, AuditOutcome.SUCCESS)
                .with("court", String.valueOf(entity.getCourtCode())));
    }

    @Transactional
    public void withdraw(UUID id, String username, String reason) {
        var entity = load(id, username, WITHDRAWN);
        var record = record(entity);
        org.smartcourt.publication.domain.PublicNotice notice;
        try {
            notice = record.withdraw(reason, LocalDate.now(clock));
        } catch (IllegalStateException already) {
            throw PublicationProblem.recordNotChangeable("withdrawn");
        } catch (IllegalArgumentException invalid) {
            throw PublicationProblem.invalid("reason");
        }
        entity.setWithdrawnOn(notice.notedOn());
        judgments.saveAndFlush(entity);
        records.addNotice(id, notice, username, null);
        audit.record(AuditRecord.of(username, WITHDRAWN, "published-judgment:" + id, AuditOutcome.SUCCESS)
                .with("court", String.valueOf(entity.getCourtCode())));
    }

    private PublishedJudgmentEntity load(UUID id, String username, String action) {
        var entity = judgments.findById(id).orElseThrow(() -> PublicationProblem.judgmentNotFound(id.toString()));
        var court = entity.getCourtCode();
        access.requireRecordReviewer(username, id, court == null ? "" : court, action);
        return entity;
    }

    private PublishedRecord record(PublishedJudgmentEntity entity) {
        return new PublishedRecord(
                entity.getId(), entity.getFullText(), entity.getWithdrawnOn(), records.notices(entity.getId()));
    }
}
