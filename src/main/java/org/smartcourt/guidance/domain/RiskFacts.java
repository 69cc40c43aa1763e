package org.smartcourt.guidance.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * What a person tells the calculator: the case type, the amount in dispute (zero when none), whether the court is a
 * basic court, when the limitation period started, and three facts that change the risks.
 */
public record RiskFacts(
        CaseType caseType,
        Money amount,
        boolean basicCourt,
        @Nullable LocalDate limitationStart,
        boolean preservationLikely,
        boolean enforcementLikely,
        boolean defendantReachable) {

    public RiskFacts {
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("An amount in dispute is zero or more: " + amount);
        }
    }

    public boolean hasAmount() {
        return !amount.isZero();
    }
}
