package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.ClaimChangeAssessment;
import org.smartcourt.fees.domain.FeeAssessment;
import org.smartcourt.fees.domain.FeeCalculator;
import org.smartcourt.fees.domain.FeeFacts;
import org.smartcourt.fees.domain.FeeQuery;
import org.smartcourt.fees.domain.InvestigationTiming;
import org.smartcourt.fees.domain.ProvincialAmounts;
import org.smartcourt.fees.domain.RoundingPolicy;
import org.smartcourt.fees.persistence.FeeDataFiles;
import org.smartcourt.shared.Money;
import org.springframework.stereotype.Component;

/** Quotes a fee from the schedule in force today (or on a given day) without recording anything. */
@Component
public class QuoteFee {

    private final FeeCalculator calculator;
    private final Clock clock;

    public QuoteFee(FeesProperties properties, Clock clock) {
        this.calculator = new FeeCalculator(
                FeeDataFiles.schedules(properties.schedules()),
                FeeDataFiles.provincialTable(properties.provincialAmounts(), properties.defaultProvince()),
                new RoundingPolicy(properties.roundingScale(), properties.roundingMode()));
        this.clock = clock;
    }

    public FeeAssessment quote(FeeFacts facts, @Nullable LocalDate on, @Nullable String province) {
        return calculator.assess(new FeeQuery(facts, day(on), province));
    }

    public ClaimChangeAssessment quoteClaimChange(
            FeeFacts facts,
            List<Money> claimsAfter,
            InvestigationTiming timing,
            @Nullable LocalDate on,
            @Nullable String province) {
        return calculator.assessClaimChange(new FeeQuery(facts, day(on), province), claimsAfter, timing);
    }

    /** The provinces with amounts in force today, the default one first. */
    public List<ProvincialAmounts> provinces() {
        var today = LocalDate.now(clock);
        var table = calculator.provinces();
        var byDefault = table.inForce(null, today);
        return table.provinces().stream()
                .map(province -> table.inForce(province, today))
                .sorted((left, right) -> left.equals(byDefault) ? -1 : right.equals(byDefault) ? 1 : 0)
                .toList();
    }

    private LocalDate day(@Nullable LocalDate on) {
        return on == null ? LocalDate.now(clock) : on;
    }
}
