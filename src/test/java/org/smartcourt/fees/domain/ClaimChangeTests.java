package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.smartcourt.fees.domain.FeeFixtures.CALCULATOR;
import static org.smartcourt.fees.domain.FeeFixtures.TODAY;
import static org.smartcourt.fees.domain.FeeFixtures.application;
import static org.smartcourt.fees.domain.FeeFixtures.civil;
import static org.smartcourt.fees.domain.FeeFixtures.yuan;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.shared.Money;

/** Top-ups and refunds when claims change (Art. 21, 35) and the refund after a missed conversion top-up (Art. 199). */
class ClaimChangeTests {

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(
                        "Art. 21(1)",
                        "#31 raised from 100,000 to 150,000",
                        civil("100000"),
                        "150000",
                        InvestigationTiming.BEFORE_END_OF_INVESTIGATION,
                        ClaimChangeAssessment.Outcome.TOP_UP,
                        "1000",
                        LegalBasis.measures(21, 1)),
                Arguments.of(
                        "Art. 21(1)",
                        "raised after the investigation ended still tops up",
                        civil("100000"),
                        "150000",
                        InvestigationTiming.AFTER_END_OF_INVESTIGATION,
                        ClaimChangeAssessment.Outcome.TOP_UP,
                        "1000",
                        LegalBasis.measures(21, 1)),
                Arguments.of(
                        "Art. 21(2)",
                        "#32 reduced from 150,000 to 100,000 before the end",
                        civil("150000"),
                        "100000",
                        InvestigationTiming.BEFORE_END_OF_INVESTIGATION,
                        ClaimChangeAssessment.Outcome.REFUND,
                        "1000",
                        LegalBasis.measures(21, 2)),
                Arguments.of(
                        "Art. 35",
                        "reduced from 150,000 to 100,000 after the end",
                        civil("150000"),
                        "100000",
                        InvestigationTiming.AFTER_END_OF_INVESTIGATION,
                        ClaimChangeAssessment.Outcome.BORNE_BY_PARTY,
                        "1000",
                        LegalBasis.measures(35, 0)),
                Arguments.of(
                        "Art. 21, 16",
                        "raised from 100,000 to 150,000 in summary procedure",
                        civil("100000").halvedFor(HalvingGround.SUMMARY_PROCEDURE),
                        "150000",
                        InvestigationTiming.BEFORE_END_OF_INVESTIGATION,
                        ClaimChangeAssessment.Outcome.TOP_UP,
                        "500",
                        LegalBasis.measures(21, 1)),
                Arguments.of(
                        "Art. 13(1)1",
                        "raised from 5,000 to 10,000 stays in the flat band",
                        civil("5000"),
                        "10000",
                        InvestigationTiming.BEFORE_END_OF_INVESTIGATION,
                        ClaimChangeAssessment.Outcome.UNCHANGED,
                        "0",
                        null),
                Arguments.of(
                        "Art. 21(1)",
                        "raised by one fen across a band",
                        civil("10000"),
                        "10000.01",
                        InvestigationTiming.BEFORE_END_OF_INVESTIGATION,
                        ClaimChangeAssessment.Outcome.UNCHANGED,
                        "0",
                        null),
                Arguments.of(
                        "Art. 21(1)",
                        "raised from 10,000 to 10,001",
                        civil("10000"),
                        "10001",
                        InvestigationTiming.BEFORE_END_OF_INVESTIGATION,
                        ClaimChangeAssessment.Outcome.TOP_UP,
                        "0.03",
                        LegalBasis.measures(21, 1)));
    }

    @ParameterizedTest(name = "{0} · {1}")
    @MethodSource("changes")
    void aChangeOfClaimsTopsUpOrRefundsTheDifference(
            String article,
            String rule,
            CaseFacts before,
            String after,
            InvestigationTiming timing,
            ClaimChangeAssessment.Outcome outcome,
            String amount,
            LegalBasis basis) {
        var change = CALCULATOR.assessClaimChange(new FeeQuery(before, TODAY, null), yuan(after), timing);

        assertThat(change.outcome()).isEqualTo(outcome);
        assertThat(change.amount()).isEqualTo(Money.yuan(amount));
        assertThat(change.basis()).isEqualTo(basis);
        assertThat(change.after()
                        .total()
                        .minus(change.before().total())
                        .amount()
                        .abs())
                .isEqualByComparingTo(amount);
    }

    @Test
    void onlyCaseFeesChangeWithTheClaims() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CALCULATOR.assessClaimChange(
                        new FeeQuery(application(ApplicationKind.PRESERVATION), TODAY, null),
                        yuan("1"),
                        InvestigationTiming.BEFORE_END_OF_INVESTIGATION));
    }

    @Test
    void missingTheTopUpAfterConversionRefundsHalfOfWhatWasCollected() {
        // #63: summary procedure turned ordinary, 1,150 collected, no top-up: treated as withdrawn (SPC Interp. Art.
        // 199)
        var refund = CALCULATOR.refundWhenConversionTopUpMissed(Money.yuan(1150), TODAY);

        assertThat(refund.refund()).isEqualTo(Money.yuan(575));
        assertThat(refund.basis()).isEqualTo(new LegalBasis(Act.CPL_INTERPRETATION, 199, 0, 0, 0));
        assertThat(CALCULATOR
                        .refundWhenConversionTopUpMissed(Money.yuan("25.01"), TODAY)
                        .refund())
                .isEqualTo(Money.yuan("12.51"));
        assertThat(CALCULATOR
                        .refundWhenConversionTopUpMissed(Money.yuan("25.01"), TODAY)
                        .exact())
                .isEqualTo(FeeFixtures.exact("12.505"));
    }

    @Test
    void aNegativeCollectionCannotBeRefunded() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> CALCULATOR.refundWhenConversionTopUpMissed(Money.yuan(-1), TODAY))
                .isInstanceOf(FeeFactsRejected.class);
    }
}
