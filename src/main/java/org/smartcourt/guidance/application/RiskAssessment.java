package org.smartcourt.guidance.application;

import java.time.LocalDate;
import java.util.List;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.guidance.domain.DurationStatistics;
import org.smartcourt.guidance.domain.LimitationOutlook;
import org.smartcourt.guidance.domain.ProcedureOutlook;
import org.smartcourt.guidance.domain.RiskFacts;
import org.smartcourt.guidance.domain.Stage;
import org.smartcourt.guidance.domain.Tip;

/** Everything the calculator answers about one case, as of {@code today}. */
public record RiskAssessment(
        RiskFacts facts,
        CourtSummary court,
        LocalDate today,
        RiskFees fees,
        List<ProcedureOutlook> procedures,
        List<Stage> stages,
        DurationStatistics statistics,
        LimitationOutlook limitation,
        List<Tip> tips) {

    public RiskAssessment {
        procedures = List.copyOf(procedures);
        stages = List.copyOf(stages);
        tips = List.copyOf(tips);
    }
}
