package org.smartcourt.fees;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartcourt.fees.domain.ApplicationFacts;
import org.smartcourt.fees.domain.ApplicationKind;
import org.smartcourt.fees.domain.CaseFacts;
import org.smartcourt.fees.domain.CaseKind;
import org.smartcourt.fees.domain.FeeAssessment;
import org.smartcourt.fees.domain.FeeCalculator;
import org.smartcourt.fees.domain.FeeQuery;
import org.smartcourt.fees.domain.HalvingGround;
import org.smartcourt.fees.domain.RoundingPolicy;
import org.smartcourt.fees.persistence.FeeDataFiles;
import org.smartcourt.shared.Money;

/**
 * Fee quotes per second of the engine alone (no HTTP): run with {@code bench/fees-quote.sh}, results in
 * {@code docs/benchmarks/fees.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FeeQuoteBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private FeeCalculator calculator;
    private FeeQuery smallClaim;
    private FeeQuery largeClaimsHalved;
    private FeeQuery divorceWithProperty;
    private FeeQuery paymentOrder;

    @Setup
    public void loadTheShippedSchedule() {
        calculator = new FeeCalculator(
                FeeDataFiles.shippedSchedules(), FeeDataFiles.shippedProvincialTable(), RoundingPolicy.TO_FEN_HALF_UP);
        smallClaim = new FeeQuery(CaseFacts.property(CaseKind.CIVIL, Money.yuan(5000)), DAY, null);
        largeClaimsHalved = new FeeQuery(
                CaseFacts.property(CaseKind.CIVIL, Money.yuan("123456789.12"), Money.yuan("80000"))
                        .halvedFor(HalvingGround.SUMMARY_PROCEDURE, HalvingGround.MEDIATION),
                DAY,
                null);
        divorceWithProperty = new FeeQuery(CaseFacts.property(CaseKind.DIVORCE, Money.yuan(1000000)), DAY, "鲁");
        paymentOrder = new FeeQuery(ApplicationFacts.of(ApplicationKind.PAYMENT_ORDER, Money.yuan(100000)), DAY, null);
    }

    @Benchmark
    public FeeAssessment smallPropertyClaim() {
        return calculator.assess(smallClaim);
    }

    @Benchmark
    public FeeAssessment twoClaimsAcrossAllBandsHalvedOnce() {
        return calculator.assess(largeClaimsHalved);
    }

    @Benchmark
    public FeeAssessment divorceWithProvincialBaseAndProperty() {
        return calculator.assess(divorceWithProperty);
    }

    @Benchmark
    public FeeAssessment paymentOrderThirdOfPropertyFee() {
        return calculator.assess(paymentOrder);
    }
}
