package org.smartcourt.publication.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.publication.catalogue.CitedArticles;
import org.smartcourt.publication.catalogue.Procedure;
import org.smartcourt.publication.domain.NonPublicationNotice;
import org.smartcourt.publication.domain.PublicNotice;
import org.smartcourt.publication.domain.PublicationItem;
import org.smartcourt.publication.domain.PublishedRecords;
import org.smartcourt.publication.domain.PublishedTitle;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.smartcourt.publication.persistence.PublishedJudgmentRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a reviewed item on the public portal — its anonymised text, or the notice of Art. 6 in place of an excluded
 * document — as a published judgment that the search indexes when the transaction commits, and tells the parties on
 * the case's timeline.
 */
@Component
class PublicRecords {

    private final PublishedJudgmentRepository judgments;
    private final PublishedRecords records;
    private final CourtFacts courts;
    private final Docket docket;

    PublicRecords(PublishedJudgmentRepository judgments, PublishedRecords records, CourtFacts courts, Docket docket) {
        this.judgments = judgments;
        this.records = records;
        this.courts = courts;
        this.docket = docket;
    }

    /** Publishes the text under the id the item recorded. */
    void publishText(PublicationItem item, UUID id, String text, Instant at) {
        var entity = entity(item, id, at);
        var title = PublishedTitle.of(item.cause(), item.caseType(), item.title());
        entity.setTitle(title);
        entity.setCause(item.cause());
        entity.setFullText(text);
        entity.setCitedArticles(CitedArticles.in(text));
        judgments.save(entity);
        timeline(item, "publication.node.published", title);
    }

    /** Publishes the notice of Art. 6 under the id the item recorded. */
    void publishNotice(
            PublicationItem item, UUID id, NonPublicationNotice notice, String reviewer, Instant at, LocalDate on) {
        var entity = entity(item, id, at);
        entity.setTitle(notice.title(item.title()));
        entity.setCause(null); // Art. 6 publishes the case number, the court, the date and the reason: nothing more
        entity.setFullText(notice.text());
        entity.setCitedArticles(List.of());
        judgments.saveAndFlush(entity); // the notice below refers to it
        records.addNotice(
                entity.getId(),
                new PublicNotice(PublicNotice.Kind.NOT_PUBLISHED, on, notice.ground(), notice.reason()),
                reviewer,
                null);
        timeline(item, "publication.node.notPublished", notice.ground().description());
    }

    /** Tells the parties on the timeline that nothing is published, when even the notice is withheld. */
    void withheld(PublicationItem item) {
        timeline(item, "publication.node.withheld", item.title());
    }

    private PublishedJudgmentEntity entity(PublicationItem item, UUID id, Instant at) {
        var entity = new PublishedJudgmentEntity(id, fingerprint(item), at);
        courts.describe(entity, item.court());
        entity.setCaseNumber(item.caseNumber());
        entity.setDecidedOn(item.decidedOn());
        entity.setCaseYear(year(item));
        entity.setCaseType(item.caseType());
        entity.setDocumentType(item.kind().documentType());
        entity.setProcedure(Procedure.of(item.caseType()).name());
        entity.setProfile(item.profile().name());
        entity.setSource("court:" + item.court().value());
        return entity;
    }

    private void timeline(PublicationItem item, String messageCode, String argument) {
        docket.recordNode(
                item.caseId(),
                new NewNode(
                        ActorRole.COURT, courts.name(item.court()), messageCode, List.of(argument), List.of(), null));
    }

    private static @Nullable Integer year(PublicationItem item) {
        var number = item.caseNumber();
        if (number != null) {
            var parsed = org.smartcourt.shared.CaseNumber.parse(number);
            if (parsed.isPresent()) {
                return parsed.get().year();
            }
        }
        return item.decidedOn().getYear();
    }

    /** One published record per queued decision: its case and its document. */
    private static String fingerprint(PublicationItem item) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(("decision:" + item.decisionId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
