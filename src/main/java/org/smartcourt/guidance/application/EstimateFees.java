package org.smartcourt.guidance.application;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.FeeQuestion;
import org.smartcourt.fees.FeeQuotes;
import org.smartcourt.guidance.domain.RiskFacts;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.shared.Money;
import org.springframework.stereotype.Component;

/** Asks the fee engine (the fees module's {@link FeeQuotes} façade) for every fee a case may bring. */
@Component
class EstimateFees {

    private final FeeQuotes quotes;

    EstimateFees(FeeQuotes quotes) {
        this.quotes = quotes;
    }

    RiskFees estimate(RiskFacts facts, CourtCode court, boolean summaryPossible, Locale locale) {
        var known = quotes.provinces().contains(court.province());
        var province = known ? court.province() : null;
        var amount = facts.hasAmount() ? facts.amount() : null;
        var acceptance = acceptanceQuestion(facts, amount, province);
        return new RiskFees(
                quotes.quote(acceptance, locale),
                summaryPossible
                        ? quotes.quote(acceptance.halvedFor(FeeQuestion.Halving.SUMMARY_PROCEDURE), locale)
                        : null,
                quotes.quote(acceptance.halvedFor(FeeQuestion.Halving.MEDIATION), locale),
                // CPL Art. 205: a mediation agreement is confirmed in special procedure, which costs no fee (Art. 8(1))
                quotes.quote(FeeQuestion.of(FeeQuestion.Matter.SPECIAL_PROCEDURE_CASE, null, province), locale),
                facts.preservationLikely()
                        ? quotes.quote(FeeQuestion.of(FeeQuestion.Matter.PRESERVATION, amount, province), locale)
                        : null,
                facts.enforcementLikely()
                        ? quotes.quote(FeeQuestion.of(FeeQuestion.Matter.ENFORCEMENT, amount, province), locale)
                        : null,
                !known);
    }

    private static FeeQuestion acceptanceQuestion(RiskFacts facts, @Nullable Money amount, @Nullable String province) {
        var matter = switch (facts.caseType().feeKind()) {
            case PROPERTY -> FeeQuestion.Matter.CIVIL_CASE;
            case DIVORCE -> FeeQuestion.Matter.DIVORCE_CASE;
            case LABOUR -> FeeQuestion.Matter.LABOUR_CASE;
        };
        return FeeQuestion.of(matter, amount, province);
    }
}
