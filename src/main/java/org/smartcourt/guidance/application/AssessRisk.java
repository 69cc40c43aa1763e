package org.smartcourt.guidance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.Courts;
import org.smartcourt.guidance.domain.CaseType;
import org.smartcourt.guidance.domain.DurationRules;
import org.smartcourt.guidance.domain.LimitationPeriod;
import org.smartcourt.guidance.domain.RiskCatalogue;
import org.smartcourt.guidance.domain.RiskFacts;
import org.smartcourt.guidance.domain.TrialProcedure;
import org.springframework.stereotype.Component;

/**
 * Assesses the litigation risk of a case before it is filed: fees, durations, limitation, tips. Reads only; no
 * person is identified, so nothing is audited and anyone may ask.
 */
@Component
public class AssessRisk {

    private final RiskCatalogue catalogue;
    private final Courts courts;
    private final EstimateFees fees;
    private final CourtStatistics statistics;
    private final LimitationPeriod limitation;
    private final Clock clock;

    AssessRisk(
            RiskCatalogue catalogue,
            Courts courts,
            EstimateFees fees,
            CourtStatistics statistics,
            LimitationPeriod limitation,
            Clock clock) {
        this.catalogue = catalogue;
        this.courts = courts;
        this.fees = fees;
        this.statistics = statistics;
        this.limitation = limitation;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when the case type or the court is unknown (the web layer checks both first)
     */
    public RiskAssessment assess(RiskQuestion question, Locale locale) {
        var caseType = catalogue
                .caseType(question.caseType())
                .orElseThrow(() -> new IllegalArgumentException("Unknown case type " + question.caseType()));
        var court = courts.find(question.court())
                .orElseThrow(() -> new IllegalArgumentException("Unknown court " + question.court()));
        var facts = new RiskFacts(
                caseType,
                question.amount(),
                court.level() == CourtLevel.BASIC,
                question.limitationStart(),
                question.preservationLikely(),
                question.enforcementLikely(),
                question.defendantReachable());
        var today = LocalDate.now(clock);
        var procedures = DurationRules.procedures(facts);
        var summaryPossible = procedures.stream()
                .anyMatch(outlook -> outlook.procedure() == TrialProcedure.SUMMARY && !outlook.excluded());
        return new RiskAssessment(
                facts,
                court,
                today,
                fees.estimate(facts, court.code(), summaryPossible, locale),
                procedures,
                DurationRules.stages(facts),
                statistics.of(court.code(), caseType.cause()),
                limitation.assess(caseType.limitation(), question.limitationStart(), today),
                catalogue.tipsFor(facts));
    }

    /** The case types the calculator knows, in the catalogue's order. */
    public List<CaseType> caseTypes() {
        return catalogue.caseTypes();
    }
}
