package org.smartcourt.guidance.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.smartcourt.guidance.application.RiskQuestion;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.shared.Money;

/**
 * The facts of a risk assessment.
 *
 * @param caseType the case type, as the filing module names it ({@code private-lending}, {@code divorce}…)
 * @param court the court's 法院代字 ({@code 鲁0102})
 * @param amount the amount in dispute in yuan, exact to the fen; required for money claims other than labour
 *     disputes; for a divorce the value of the property to divide
 * @param limitationStart the day the debt fell due, or the day the claimant learned of the harm and of who caused it
 * @param preservationLikely whether the claimant expects to ask for the defendant's property to be preserved
 * @param enforcementLikely whether the claimant expects to need enforcement of the judgment
 * @param defendantReachable whether the defendant can be found and served (default true)
 */
@AmountForMoneyClaims
record RiskRequest(
        @NotBlank(message = "{guidance.request.caseType.required}") @KnownCaseType @Nullable
        String caseType,

        @NotBlank(message = "{guidance.request.court.required}") @KnownCourt @Nullable
        String court,

        @PositiveOrZero(message = "{guidance.request.amount.negative}")
        @Digits(integer = 13, fraction = 2, message = "{guidance.request.amount.digits}")
        @Nullable
        BigDecimal amount,

        @PlausibleDate @Nullable LocalDate limitationStart,
        @Nullable Boolean preservationLikely,
        @Nullable Boolean enforcementLikely,
        @Nullable Boolean defendantReachable) {

    /** The question for the use case; call only after validation passed. */
    RiskQuestion toQuestion() {
        return new RiskQuestion(
                String.valueOf(caseType).strip(),
                CourtCode.of(String.valueOf(court)),
                amount == null ? Money.ZERO : Money.of(amount),
                limitationStart,
                Boolean.TRUE.equals(preservationLikely),
                Boolean.TRUE.equals(enforcementLikely),
                !Boolean.FALSE.equals(defendantReachable));
    }
}
