package org.smartcourt.judgments.application;

import java.util.List;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.judgments.DocumentTookEffect;
import org.smartcourt.judgments.domain.CourtDecision;
import org.smartcourt.judgments.domain.CourtDecisions;
import org.smartcourt.judgments.domain.DecisionStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces that a decision took effect: the event (into the outbox, in the caller's transaction) and a node on the
 * case's timeline. When the decision is the second instance's, it also concludes the appealed first-instance
 * decisions (CPL Art. 182; 法释〔2016〕19号 Art. 7), which are announced in turn.
 */
@Component
class DecisionEffects {

    private final CourtDecisions decisions;
    private final Docket docket;
    private final ApplicationEventPublisher events;

    DecisionEffects(CourtDecisions decisions, Docket docket, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.docket = docket;
        this.events = events;
    }

    void announce(CourtDecision decision, CaseOutline outline) {
        var effectiveOn = decision.effectiveOn();
        if (effectiveOn == null) {
            throw new IllegalStateException("Decision " + decision.id() + " is not in effect");
        }
        var concluded = decision.status() == DecisionStatus.CONCLUDED_ON_APPEAL;
        events.publishEvent(new DocumentTookEffect(
                decision.id(),
                decision.caseId(),
                decision.court(),
                outline.number() == null ? null : outline.number().toString(),
                outline.typeCode(),
                outline.cause() == null ? null : outline.cause().name(),
                decision.kind(),
                decision.title(),
                decision.document(),
                decision.decidedOn(),
                effectiveOn,
                concluded ? decision.appealCase() : null));
        docket.recordNode(
                decision.caseId(),
                new NewNode(
                        ActorRole.COURT,
                        null,
                        concluded ? "judgments.node.concludedOnAppeal" : "judgments.node.tookEffect",
                        List.of(decision.title(), effectiveOn.toString()),
                        List.of(decision.document().value()),
                        null));
        var firstInstance = outline.appealOf();
        if (decision.status() == DecisionStatus.EFFECTIVE && firstInstance != null) {
            var earlierOutline = docket.outline(firstInstance).orElse(null);
            if (earlierOutline == null) {
                return;
            }
            for (var earlier : decisions.ofCase(firstInstance)) {
                var before = earlier.status();
                if (earlier.concludeOnAppeal(outline.caseId(), effectiveOn) && decisions.update(earlier, before)) {
                    announce(earlier, earlierOutline);
                }
            }
        }
    }
}
