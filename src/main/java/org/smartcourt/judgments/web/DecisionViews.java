package org.smartcourt.judgments.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;
import org.smartcourt.judgments.application.JudgmentsProblem;
import org.smartcourt.judgments.domain.CourtDecision;
import org.smartcourt.shared.CourtCalendar;
import org.springframework.stereotype.Component;

/** Decisions as the clerk's page and the API show them. */
@Component
class DecisionViews {

    /**
     * @param appealPeriodEndsOn the last day to appeal, for a decision the platform served with an appeal period
     * @param documentHash the SHA-256 of the stored document
     */
    record DecisionView(
            UUID id,
            String kind,
            String title,
            String documentHash,
            LocalDate decidedOn,
            @Nullable LocalDate servedOn,
            @Nullable LocalDate appealPeriodEndsOn,
            String status,
            @Nullable LocalDate effectiveOn,
            @Nullable UUID appealCase) {}

    private final CourtCalendar calendar;

    DecisionViews(CourtCalendar calendar) {
        this.calendar = calendar;
    }

    DecisionView of(CourtDecision decision) {
        var appeal = decision.appealCase();
        return new DecisionView(
                decision.id(),
                decision.kind().name(),
                decision.title(),
                decision.document().value(),
                decision.decidedOn(),
                decision.servedOn(),
                decision.appealPeriodEndsOn(calendar).orElse(null),
                decision.status().name(),
                decision.effectiveOn(),
                appeal == null ? null : appeal.value());
    }

    static CaseId caseId(String text) {
        try {
            return CaseId.parse(text);
        } catch (IllegalArgumentException notAnId) {
            throw JudgmentsProblem.caseNotFoundFor(text);
        }
    }
}
