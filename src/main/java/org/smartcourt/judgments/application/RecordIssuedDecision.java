package org.smartcourt.judgments.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.smartcourt.docket.Docket;
import org.smartcourt.judgments.IssuedDecision;
import org.smartcourt.judgments.Judgments;
import org.smartcourt.judgments.domain.CourtDecision;
import org.smartcourt.judgments.domain.CourtDecisions;
import org.smartcourt.judgments.domain.DecisionStatus;
import org.smartcourt.shared.CourtCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Judgments} façade: records an issued decision; one that cannot be appealed takes effect at once. */
@Component
class RecordIssuedDecision implements Judgments {

    private final CourtDecisions decisions;
    private final Docket docket;
    private final DecisionEffects effects;
    private final CourtCalendar calendar;
    private final Clock clock;

    RecordIssuedDecision(
            CourtDecisions decisions, Docket docket, DecisionEffects effects, CourtCalendar calendar, Clock clock) {
        this.decisions = decisions;
        this.docket = docket;
        this.effects = effects;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void issued(IssuedDecision issued) {
        var outline = docket.outline(issued.caseId())
                .orElseThrow(() -> new IllegalArgumentException("No case " + issued.caseId()));
        var decision = CourtDecision.issued(
                UUID.randomUUID(),
                issued.caseId(),
                outline.court(),
                issued.kind(),
                issued.title(),
                issued.document(),
                issued.decidedOn(),
                issued.servedOn(),
                issued.appealPeriod(),
                "system",
                clock.instant());
        if (!decisions.add(decision)) {
            return;
        }
        var appeal = outline.appeals().isEmpty() ? null : outline.appeals().get(0);
        if (decision.settle(calendar, LocalDate.now(clock), appeal)
                && decisions.update(decision, DecisionStatus.AWAITING_EFFECT)
                && decision.status() == DecisionStatus.EFFECTIVE) {
            effects.announce(decision, outline);
        }
    }
}
