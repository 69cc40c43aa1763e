package org.smartcourt.fees.application;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.LegalBasis;
import org.smartcourt.fees.domain.RefundComputation;
import org.smartcourt.fees.domain.RefundGround;
import org.smartcourt.fees.domain.RefundRules;
import org.smartcourt.shared.Language;
import org.smartcourt.shared.Money;
import org.springframework.stereotype.Component;

/** Refund rules applied with the engine on the schedule and province the notice was assessed with. */
@Component
class RefundCalculation {

    private final QuoteFee quotes;

    RefundCalculation(QuoteFee quotes) {
        this.quotes = quotes;
    }

    RefundComputation compute(FeeNotice notice, RefundGround ground, Money paid, @Nullable List<Money> reducedClaims) {
        var rules = new RefundRules(facts ->
                quotes.quote(facts, notice.issuedOn(), notice.province()).total());
        return rules.compute(ground, paid, notice.facts(), reducedClaims);
    }

    static String citations(List<LegalBasis> basis) {
        return basis.stream().map(citation -> citation.citation(Language.ZH_CN)).collect(Collectors.joining("；"));
    }
}
