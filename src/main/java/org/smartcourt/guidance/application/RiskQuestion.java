package org.smartcourt.guidance.application;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.shared.Money;

/**
 * What the calculator is asked, already checked for shape: a case type id, the court, the amount in dispute (zero
 * when none), the day the limitation period started (null when not given) and three facts.
 */
public record RiskQuestion(
        String caseType,
        CourtCode court,
        Money amount,
        @Nullable LocalDate limitationStart,
        boolean preservationLikely,
        boolean enforcementLikely,
        boolean defendantReachable) {

    public RiskQuestion {
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(amount, "amount");
    }
}
