package org.smartcourt.fees.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.smartcourt.fees.persistence.FeeDataFiles;
import org.smartcourt.shared.Money;

/** Test data for fee rules: the shipped schedule, a calculator, and short ways to write case and application facts. */
final class FeeFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final FeeSchedules SCHEDULES = FeeDataFiles.shippedSchedules();
    static final ProvincialTable PROVINCES = FeeDataFiles.shippedProvincialTable();
    static final FeeCalculator CALCULATOR = new FeeCalculator(SCHEDULES, PROVINCES, RoundingPolicy.TO_FEN_HALF_UP);

    private FeeFixtures() {}

    static FeeAssessment assess(FeeFacts facts) {
        return CALCULATOR.assess(new FeeQuery(facts, TODAY, null));
    }

    static FeeAssessment assess(FeeFacts facts, RoundingMode mode, int scale) {
        return new FeeCalculator(SCHEDULES, PROVINCES, new RoundingPolicy(scale, mode))
                .assess(new FeeQuery(facts, TODAY, null));
    }

    static List<Money> yuan(String... amounts) {
        return Arrays.stream(amounts).map(Money::yuan).toList();
    }

    static CaseFacts civil(String... claims) {
        return caseOf(CaseKind.CIVIL, claims);
    }

    static CaseFacts caseOf(CaseKind kind, String... claims) {
        return new CaseFacts(kind, Stage.FIRST_INSTANCE, yuan(claims), false, Set.of(), null);
    }

    static ApplicationFacts application(ApplicationKind kind, String amount) {
        return ApplicationFacts.of(kind, Money.yuan(amount));
    }

    static ApplicationFacts application(ApplicationKind kind) {
        return ApplicationFacts.of(kind, null);
    }

    /** {@code "50.025"} or a fraction {@code "2300/3"}: the exact value worked out by hand from the statute. */
    static ExactAmount exact(String value) {
        var slash = value.indexOf('/');
        return slash < 0
                ? ExactAmount.of(new BigDecimal(value))
                : new ExactAmount(
                        new BigDecimal(value.substring(0, slash)), Long.parseLong(value.substring(slash + 1)));
    }
}
