package org.smartcourt.publication.application;

import java.time.Clock;
import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.documents.Documents;
import org.smartcourt.judgments.DocumentTookEffect;
import org.smartcourt.publication.domain.PublicationDeadline;
import org.smartcourt.publication.domain.PublicationItem;
import org.smartcourt.publication.domain.PublicationItems;
import org.smartcourt.shared.CourtCalendar;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An effective document enters its court's publication queue with the deadline of Art. 7 (法释〔2016〕19号): 7 working
 * days from its effect, or from the second instance's for an appealed first-instance document. Every Art. 3 kind is
 * queued; the exclusions of Art. 4 are decided at review. A redelivered event finds the item there and does nothing.
 */
@Component
class QueueEffectiveDocument {

    private final PublicationItems items;
    private final Documents documents;
    private final CourtCalendar calendar;
    private final PublicationProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    QueueEffectiveDocument(
            PublicationItems items,
            Documents documents,
            CourtCalendar calendar,
            PublicationProperties properties,
            AuditTrail audit,
            Clock clock) {
        this.items = items;
        this.documents = documents;
        this.calendar = calendar;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DocumentTookEffect effect) {
        var stored = documents
                .open(effect.document())
                .orElseThrow(() -> new IllegalStateException("The document " + effect.document() + " is missing"));
        var deadline = effect.appealed()
                ? PublicationDeadline.afterAppeal(calendar, effect.effectiveOn())
                : PublicationDeadline.afterEffect(calendar, effect.effectiveOn());
        var item = PublicationItem.queue(
                UUID.randomUUID(),
                effect.decisionId(),
                effect.caseId(),
                effect.court(),
                effect.caseNumber(),
                effect.caseType(),
                effect.cause(),
                effect.kind(),
                effect.title(),
                effect.document().value(),
                effect.decidedOn(),
                deadline,
                DocumentText.of(stored),
                properties.profile(),
                clock.instant());
        if (items.add(item)) {
            audit.record(AuditRecord.of(
                            "system", "publication.item.queued", "publication-item:" + item.id(), AuditOutcome.SUCCESS)
                    .with("case", effect.caseId().toString())
                    .with("court", effect.court().value())
                    .with("deadline", deadline.due().toString()));
        }
    }
}
