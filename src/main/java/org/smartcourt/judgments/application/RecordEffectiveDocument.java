package org.smartcourt.judgments.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.Docket;
import org.smartcourt.documents.Documents;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.judgments.domain.CourtDecision;
import org.smartcourt.judgments.domain.CourtDecisions;
import org.smartcourt.judgments.domain.DecisionStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clerk of the case's court enters a decision made outside the platform (there is no drafting module yet) or
 * settles one the platform issued: in effect since a given day, or appealed. An effective second-instance decision
 * concludes the appealed first-instance ones.
 */
@Component
public class RecordEffectiveDocument {

    static final String ACTION = "judgments.decision.recorded";

    /** Where the decision's document comes from. */
    public sealed interface Source {}

    /** A PDF or a UTF-8 text file the clerk uploads. */
    public record Upload(byte[] content) implements Source {

        public Upload {
            content = content.clone();
        }
    }

    /** The full text, typed or pasted. */
    public record Text(String text) implements Source {}

    /** A decision the platform issued in this case, still awaiting effect. */
    public record Issued(UUID decisionId) implements Source {}

    /**
     * What the clerk enters.
     *
     * @param title the printed title; null to derive it from the kind and the case type (民事判决书)
     * @param effectiveOn the day it took effect; null when it was appealed
     * @param appealed whether a party appealed it, so that the second instance will conclude it
     */
    public record Entry(
            DecisionKind kind,
            @Nullable String title,
            @Nullable LocalDate decidedOn,
            @Nullable LocalDate effectiveOn,
            boolean appealed,
            Source source) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
            title = title == null || title.isBlank() ? null : title.strip();
        }
    }

    private final Docket docket;
    private final CourtDecisions decisions;
    private final DecisionAccess access;
    private final DecisionEffects effects;
    private final Documents documents;
    private final AuditTrail audit;
    private final JudgmentsProperties properties;
    private final Clock clock;

    RecordEffectiveDocument(
            Docket docket,
            CourtDecisions decisions,
            DecisionAccess access,
            DecisionEffects effects,
            Documents documents,
            AuditTrail audit,
            JudgmentsProperties properties,
            Clock clock) {
        this.docket = docket;
        this.decisions = decisions;
        this.access = access;
        this.effects = effects;
        this.documents = documents;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public CourtDecision record(CaseId caseId, String username, Entry entry) {
        var outline = docket.outline(caseId).orElseThrow(() -> JudgmentsProblem.caseNotFound(caseId.toString()));
        access.check(outline, username, ACTION);
        if (entry.appealed() == (entry.effectiveOn() != null)) {
            throw JudgmentsProblem.invalid("effect");
        }
        var today = LocalDate.now(clock);
        var decision = entry.source() instanceof Issued issued
                ? settleIssued(outline, issued, entry, today)
                : enter(outline, username, entry, today);
        if (decision.status() == DecisionStatus.EFFECTIVE) {
            effects.announce(decision, outline);
        }
        audit.record(AuditRecord.of(username, ACTION, caseId.toString(), AuditOutcome.SUCCESS)
                .with("decision", decision.id().toString())
                .with("kind", decision.kind().name())
                .with("status", decision.status().name())
                .with("document", decision.document().value()));
        return decision;
    }

    private CourtDecision settleIssued(CaseOutline outline, Issued issued, Entry entry, LocalDate today) {
        var decision = decisions
                .find(issued.decisionId())
                .filter(found -> found.caseId().equals(outline.caseId()))
                .orElseThrow(() ->
                        JudgmentsProblem.decisionNotFound(issued.decisionId().toString()));
        if (decision.status() != DecisionStatus.AWAITING_EFFECT) {
            throw JudgmentsProblem.notAwaitingEffect();
        }
        try {
            var effectiveOn = entry.effectiveOn();
            if (effectiveOn != null) {
                decision.confirmEffective(effectiveOn, today);
            } else {
                decision.markAppealed(firstAppeal(outline));
            }
        } catch (IllegalArgumentException invalid) {
            throw JudgmentsProblem.invalid("dates");
        }
        if (!decisions.update(decision, DecisionStatus.AWAITING_EFFECT)) {
            throw JudgmentsProblem.notAwaitingEffect();
        }
        return decision;
    }

    private CourtDecision enter(CaseOutline outline, String username, Entry entry, LocalDate today) {
        var decidedOn = entry.decidedOn();
        if (decidedOn == null) {
            throw JudgmentsProblem.invalid("decidedOn");
        }
        byte[] content;
        if (entry.source() instanceof Upload upload) {
            content = upload.content();
        } else if (entry.source() instanceof Text text) {
            content = text.text().getBytes(StandardCharsets.UTF_8);
        } else {
            throw new IllegalStateException("An issued decision is settled, not entered");
        }
        if (content.length > properties.maxDocumentSize().toBytes()) {
            throw JudgmentsProblem.tooLarge(properties.maxDocumentSize().toBytes());
        }
        var document = DecisionDocument.recognise(content).orElseThrow(() -> JudgmentsProblem.invalid("document"));
        var title = entry.title() != null ? entry.title() : entry.kind().titleFor(outline.typeCode());
        var number = outline.number();
        var hash = documents.store(
                document.content(),
                title,
                "decision-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT),
                outline.court().value(),
                document.mediaType(),
                number == null ? null : number.toString());
        CourtDecision decision;
        try {
            var effectiveOn = entry.effectiveOn();
            decision = effectiveOn != null
                    ? CourtDecision.effective(
                            UUID.randomUUID(),
                            outline.caseId(),
                            outline.court(),
                            entry.kind(),
                            title,
                            hash,
                            decidedOn,
                            effectiveOn,
                            today,
                            username,
                            clock.instant())
                    : CourtDecision.appealed(
                            UUID.randomUUID(),
                            outline.caseId(),
                            outline.court(),
                            entry.kind(),
                            title,
                            hash,
                            decidedOn,
                            firstAppeal(outline),
                            today,
                            username,
                            clock.instant());
        } catch (IllegalArgumentException invalid) {
            throw JudgmentsProblem.invalid("dates");
        }
        if (!decisions.add(decision)) {
            throw JudgmentsProblem.alreadyRecorded();
        }
        return decision;
    }

    private static @Nullable CaseId firstAppeal(CaseOutline outline) {
        return outline.appeals().isEmpty() ? null : outline.appeals().get(0);
    }
}
