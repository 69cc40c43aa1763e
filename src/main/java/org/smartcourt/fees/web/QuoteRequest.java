package org.smartcourt.fees.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.ApplicationFacts;
import org.smartcourt.fees.domain.ApplicationKind;
import org.smartcourt.fees.domain.CaseFacts;
import org.smartcourt.fees.domain.CaseKind;
import org.smartcourt.fees.domain.FeeFacts;
import org.smartcourt.fees.domain.FeeFactsRejected;
import org.smartcourt.fees.domain.HalvingGround;
import org.smartcourt.fees.domain.Stage;
import org.smartcourt.shared.Money;

/**
 * The facts of a fee quote. Name exactly one of {@code caseKind} (case-acceptance fee) and {@code applicationKind}
 * (application fee). Amounts are yuan, exact to the fen: {@code propertyClaims} for a case (added together),
 * {@code amount} for an application; {@code chosenAmount} is a fee chosen inside a statutory range (else the
 * province's amount). {@code on} defaults to today, {@code province} (e.g. {@code 鲁}) to the configured one.
 */
record QuoteRequest(
        @Nullable CaseKind caseKind,
        @Nullable ApplicationKind applicationKind,
        @Nullable Stage stage,
        @Nullable List<BigDecimal> propertyClaims,
        @Nullable Boolean nonPropertyClaims,
        @Nullable Set<HalvingGround> halvingGrounds,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal chosenAmount,
        @Nullable String province,
        @Nullable LocalDate on) {

    String matter() {
        if (caseKind != null) {
            return caseKind.name();
        }
        return applicationKind == null ? "" : applicationKind.name();
    }

    /** The domain facts; a {@link FeeQuoteRejected} when they are incomplete or not amounts of money. */
    FeeFacts toFacts() {
        if ((caseKind == null) == (applicationKind == null)) {
            throw new FeeQuoteRejected("fees.problem.matterRequired");
        }
        try {
            if (caseKind != null) {
                var claims = new ArrayList<Money>();
                if (propertyClaims != null) {
                    propertyClaims.forEach(claim -> claims.add(money(claim)));
                }
                return new CaseFacts(
                        caseKind,
                        stage == null ? Stage.FIRST_INSTANCE : stage,
                        claims,
                        Boolean.TRUE.equals(nonPropertyClaims),
                        halvingGrounds == null ? Set.of() : halvingGrounds,
                        optionalMoney(chosenAmount));
            }
            return new ApplicationFacts(applicationKind, optionalMoney(amount), optionalMoney(chosenAmount));
        } catch (FeeFactsRejected rejected) {
            throw FeeQuoteRejected.of(rejected);
        }
    }

    private static @Nullable Money optionalMoney(@Nullable BigDecimal amount) {
        return amount == null ? null : money(amount);
    }

    private static Money money(@Nullable BigDecimal amount) {
        if (amount == null) {
            throw new FeeQuoteRejected("fees.problem.amountRequired", "");
        }
        try {
            return Money.of(amount);
        } catch (IllegalArgumentException finerThanAFen) {
            throw new FeeQuoteRejected("fees.problem.tooPrecise", amount.toPlainString());
        }
    }
}
