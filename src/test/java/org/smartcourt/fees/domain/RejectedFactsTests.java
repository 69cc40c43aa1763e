package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.smartcourt.fees.domain.FeeFixtures.CALCULATOR;
import static org.smartcourt.fees.domain.FeeFixtures.TODAY;
import static org.smartcourt.fees.domain.FeeFixtures.caseOf;
import static org.smartcourt.fees.domain.FeeFixtures.civil;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.shared.Money;

/** Facts that give no fee are refused with a reason a person can be told. */
class RejectedFactsTests {

    private static Arguments refused(
            String rule, Supplier<Object> attempt, FeeFactsRejected.Reason reason, String... arguments) {
        return Arguments.of(rule, attempt, reason, List.of(arguments));
    }

    private static Supplier<Object> assessing(FeeFacts facts) {
        return () -> CALCULATOR.assess(new FeeQuery(facts, TODAY, null));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("a negative claim", () -> civil("-1"), FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE, "-1.00"),
                refused("a claim of nothing", () -> civil("0"), FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE, "0.00"),
                refused(
                        "a negative chosen amount",
                        () -> civil().choosing(Money.yuan(-50)),
                        FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE,
                        "-50.00"),
                refused(
                        "a negative amount to enforce",
                        () -> ApplicationFacts.of(ApplicationKind.ENFORCEMENT, Money.yuan(-1)),
                        FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE,
                        "-1.00"),
                refused(
                        "nothing to enforce",
                        () -> ApplicationFacts.of(ApplicationKind.ENFORCEMENT, Money.ZERO),
                        FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE,
                        "0.00"),
                refused(
                        "a negative chosen application amount",
                        () -> new ApplicationFacts(ApplicationKind.MARITIME_INJUNCTION, null, Money.yuan(-1)),
                        FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE,
                        "-1.00"),
                refused(
                        "a payment order without an amount",
                        () -> ApplicationFacts.of(ApplicationKind.PAYMENT_ORDER, null),
                        FeeFactsRejected.Reason.AMOUNT_REQUIRED,
                        "PAYMENT_ORDER"),
                refused(
                        "a bankruptcy without an estate",
                        () -> ApplicationFacts.of(ApplicationKind.BANKRUPTCY, null),
                        FeeFactsRejected.Reason.AMOUNT_REQUIRED,
                        "BANKRUPTCY"),
                refused(
                        "a divorce base above 300 (Art. 13(2)1)",
                        assessing(caseOf(CaseKind.DIVORCE).choosing(Money.yuan(301))),
                        FeeFactsRejected.Reason.OUTSIDE_RANGE,
                        "301.00",
                        "50.00",
                        "300.00"),
                refused(
                        "a divorce base below 50 (Art. 13(2)1)",
                        assessing(caseOf(CaseKind.DIVORCE).choosing(Money.yuan("49.99"))),
                        FeeFactsRejected.Reason.OUTSIDE_RANGE,
                        "49.99",
                        "50.00",
                        "300.00"),
                refused(
                        "a maritime injunction fee above 5,000 (Art. 14(7)2)",
                        assessing(
                                new ApplicationFacts(ApplicationKind.MARITIME_INJUNCTION, null, Money.yuan("5000.01"))),
                        FeeFactsRejected.Reason.OUTSIDE_RANGE,
                        "5000.01",
                        "1000.00",
                        "5000.00"),
                refused(
                        "a chosen amount for a property case",
                        assessing(civil("1000").choosing(Money.yuan(50))),
                        FeeFactsRejected.Reason.NO_RANGE,
                        "50.00"),
                refused(
                        "a chosen amount for a labour case",
                        assessing(caseOf(CaseKind.LABOUR).choosing(Money.yuan(10))),
                        FeeFactsRejected.Reason.NO_RANGE,
                        "10.00"),
                refused(
                        "a chosen amount for an exempt case",
                        assessing(caseOf(CaseKind.SPECIAL_PROCEDURE).choosing(Money.yuan(10))),
                        FeeFactsRejected.Reason.NO_RANGE,
                        "10.00"),
                refused(
                        "a chosen amount for an appeal against a ruling",
                        assessing(civil().choosing(Money.yuan(60)).at(Stage.APPEAL_AGAINST_PROCEDURAL_RULING)),
                        FeeFactsRejected.Reason.NO_RANGE,
                        "60.00"),
                refused(
                        "a chosen amount for a preservation",
                        assessing(new ApplicationFacts(ApplicationKind.PRESERVATION, Money.yuan(10), Money.yuan(10))),
                        FeeFactsRejected.Reason.NO_RANGE,
                        "10.00"),
                refused(
                        "summary procedure on appeal",
                        () -> new CaseFacts(
                                CaseKind.CIVIL,
                                Stage.APPEAL,
                                List.of(),
                                false,
                                Set.of(HalvingGround.SUMMARY_PROCEDURE),
                                null),
                        FeeFactsRejected.Reason.SUMMARY_PROCEDURE_ONLY_AT_FIRST_INSTANCE),
                refused(
                        "a province without amounts",
                        () -> CALCULATOR.assess(new FeeQuery(civil(), TODAY, "京")),
                        FeeFactsRejected.Reason.UNKNOWN_PROVINCE,
                        "京",
                        "2026-11-29"),
                refused(
                        "a day before the Measures took effect",
                        () -> CALCULATOR.assess(new FeeQuery(civil("1000"), LocalDate.of(2007, 3, 31), null)),
                        FeeFactsRejected.Reason.NO_SCHEDULE_IN_FORCE,
                        "2007-03-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void factsWithoutAFeeAreRefusedWithAReason(
            String rule, Supplier<Object> attempt, FeeFactsRejected.Reason reason, List<String> arguments) {
        var refusal = catchThrowableOfType(FeeFactsRejected.class, attempt::get);

        assertThat(refusal).as(rule).isNotNull();
        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(refusal.arguments()).isEqualTo(arguments);
        assertThat(refusal.getMessage()).startsWith(reason.name());
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void everyReasonHasAMessageKeyInTheFeesBundle(FeeFactsRejected.Reason reason, String key) {
        assertThat(reason.messageKey()).isEqualTo(key);
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of(FeeFactsRejected.Reason.AMOUNT_NOT_POSITIVE, "fees.problem.amountNotPositive"),
                Arguments.of(FeeFactsRejected.Reason.AMOUNT_REQUIRED, "fees.problem.amountRequired"),
                Arguments.of(FeeFactsRejected.Reason.OUTSIDE_RANGE, "fees.problem.outsideRange"),
                Arguments.of(FeeFactsRejected.Reason.NO_RANGE, "fees.problem.noRange"),
                Arguments.of(FeeFactsRejected.Reason.UNKNOWN_PROVINCE, "fees.problem.unknownProvince"),
                Arguments.of(FeeFactsRejected.Reason.NO_SCHEDULE_IN_FORCE, "fees.problem.noScheduleInForce"),
                Arguments.of(
                        FeeFactsRejected.Reason.SUMMARY_PROCEDURE_ONLY_AT_FIRST_INSTANCE,
                        "fees.problem.summaryOnlyAtFirstInstance"));
    }
}
