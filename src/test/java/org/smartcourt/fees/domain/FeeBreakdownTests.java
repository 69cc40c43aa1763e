package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.smartcourt.fees.domain.FeeFixtures.application;
import static org.smartcourt.fees.domain.FeeFixtures.assess;
import static org.smartcourt.fees.domain.FeeFixtures.caseOf;
import static org.smartcourt.fees.domain.FeeFixtures.civil;
import static org.smartcourt.fees.domain.FeeFixtures.exact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.Language;
import org.smartcourt.shared.Money;

/** Every result explains itself band by band, with the article behind each step. */
class FeeBreakdownTests {

    private static LegalBasis measures(int article, int item, int point) {
        return new LegalBasis(Act.MEASURES, article, 0, item, point);
    }

    @Test
    void aPropertyFeeIsShownBandByBandWithTheArticleOfEachBand() {
        var assessment = assess(civil("123456.78"));

        assertThat(assessment.lines())
                .extracting(
                        FeeLine::kind,
                        FeeLine::from,
                        FeeLine::upTo,
                        FeeLine::part,
                        FeeLine::rate,
                        FeeLine::fee,
                        FeeLine::total,
                        FeeLine::basis)
                .containsExactly(
                        tuple(
                                FeeLine.Kind.FLAT,
                                null,
                                Money.yuan(10000),
                                Money.yuan(10000),
                                null,
                                exact("50"),
                                exact("50"),
                                measures(13, 1, 1)),
                        tuple(
                                FeeLine.Kind.BAND,
                                Money.yuan(10000),
                                Money.yuan(100000),
                                Money.yuan(90000),
                                new BigDecimal("0.025"),
                                exact("2250"),
                                exact("2300"),
                                measures(13, 1, 2)),
                        tuple(
                                FeeLine.Kind.BAND,
                                Money.yuan(100000),
                                Money.yuan(200000),
                                Money.yuan("23456.78"),
                                new BigDecimal("0.02"),
                                exact("469.1356"),
                                exact("2769.1356"),
                                measures(13, 1, 3)));
        assertThat(assessment.lines()).allMatch(line -> line.item() == FeeItem.PROPERTY);
        assertThat(assessment.halvedFor()).isNull();
        assertThat(assessment.schedule().effectiveFrom()).hasToString("2007-04-01");
        assertThat(assessment.provincialAmounts()).isNull();
    }

    @Test
    void anAmountInsideTheFlatBandShowsOnlyThatAmountAsItsPart() {
        var assessment = assess(civil("5000"));

        assertThat(assessment.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(FeeLine.Kind.FLAT);
            assertThat(line.part()).isEqualTo(Money.yuan(5000));
        });
    }

    @Test
    void theOpenTopBandHasNoUpperBound() {
        var last = assess(civil("30000000")).lines().get(9);

        assertThat(last.from()).isEqualTo(Money.yuan(20000000));
        assertThat(last.upTo()).isNull();
        assertThat(last.part()).isEqualTo(Money.yuan(10000000));
        assertThat(last.fee()).isEqualTo(exact("50000"));
    }

    @Test
    void theRoundingIsNotedWithTheExactAmount() {
        var assessment = assess(civil("10001"));

        assertThat(assessment.notes())
                .containsExactly(new Note(Note.Kind.ROUNDED, List.of("50.025", "50.03", "2", "HALF_UP"), null));
        assertThat(assessment.rounding()).isEqualTo(RoundingPolicy.TO_FEN_HALF_UP);
    }

    @Test
    void anExactFeeNeedsNoRoundingNote() {
        assertThat(assess(civil("100001")).notes()).isEmpty();
    }

    @Test
    void roundingToWholeYuanIsAPolicyAppliedOnceAtTheEnd() {
        // 10,001 halved: 25.0125 exactly; rounding each step to the yuan first would give 50 → 25, or 50.03 → 25.02
        assertThat(assess(civil("10001").halvedFor(HalvingGround.SUMMARY_PROCEDURE), RoundingMode.HALF_UP, 0)
                        .total())
                .isEqualTo(Money.yuan(25));
        assertThat(assess(application(ApplicationKind.PAYMENT_ORDER, "100000"), RoundingMode.HALF_UP, 0)
                        .total())
                .isEqualTo(Money.yuan(767));
        assertThat(assess(application(ApplicationKind.PAYMENT_ORDER, "100000"), RoundingMode.DOWN, 2)
                        .total())
                .isEqualTo(Money.yuan("766.66"));
        assertThat(assess(civil("10001"), RoundingMode.HALF_EVEN, 2).total()).isEqualTo(Money.yuan("50.02"));
    }

    @Test
    void severalHalvingGroundsHalveOnceAndTheOthersAreNotedWithArticle206() {
        var assessment = assess(civil("100000")
                .halvedFor(HalvingGround.THIRD_PARTY_CLAIM, HalvingGround.SUMMARY_PROCEDURE, HalvingGround.MEDIATION));

        assertThat(assessment.halvedFor()).isEqualTo(HalvingGround.MEDIATION);
        var halved = assessment.lines().get(assessment.lines().size() - 1);
        assertThat(halved.kind()).isEqualTo(FeeLine.Kind.HALVED);
        assertThat(halved.ground()).isEqualTo(HalvingGround.MEDIATION);
        assertThat(halved.fraction()).isEqualTo("1/2");
        assertThat(halved.fee()).isEqualTo(exact("-1150"));
        assertThat(halved.basis()).isEqualTo(LegalBasis.measures(15, 0));
        assertThat(assessment.notes())
                .containsExactly(new Note(
                        Note.Kind.SINGLE_HALVING,
                        List.of("SUMMARY_PROCEDURE", "THIRD_PARTY_CLAIM"),
                        new LegalBasis(Act.CPL_INTERPRETATION, 206, 0, 0, 0)));
    }

    @Test
    void eachHalvingGroundCitesItsOwnArticle() {
        assertThat(assess(civil("100000").halvedFor(HalvingGround.SUMMARY_PROCEDURE))
                        .lines()
                        .get(2)
                        .basis())
                .isEqualTo(LegalBasis.measures(16, 0));
        assertThat(assess(civil("100000").halvedFor(HalvingGround.COUNTERCLAIM))
                        .lines()
                        .get(2)
                        .basis())
                .isEqualTo(LegalBasis.measures(18, 0));
        assertThat(assess(civil("100000").halvedFor(HalvingGround.WITHDRAWAL)).notes())
                .isEmpty();
    }

    @Test
    void severalClaimsAreAddedUnderArticle201AndNonPropertyClaimsAddNothing() {
        var assessment = assess(civil("80000", "20000").withNonPropertyClaims());
        var article201 = new LegalBasis(Act.CPL_INTERPRETATION, 201, 0, 0, 0);

        assertThat(assessment.notes())
                .containsExactly(
                        new Note(Note.Kind.CLAIMS_ADDED, List.of("2", "100000.00"), article201),
                        new Note(Note.Kind.NON_PROPERTY_CLAIMS_INCLUDED, List.of("100000.00"), article201));
        assertThat(assessment.legalBasis()).contains(article201, measures(13, 1, 2));
    }

    @Test
    void aSingleClaimNeedsNoNoteAboutAdding() {
        assertThat(assess(civil("100000")).notes()).isEmpty();
    }

    @Test
    void anAppealIsChargedOnTheAppealRequestUnderArticle17() {
        var assessment = assess(civil("200000").at(Stage.APPEAL));

        assertThat(assessment.notes())
                .containsExactly(new Note(Note.Kind.APPEAL_AMOUNT, List.of("200000.00"), LegalBasis.measures(17, 0)));
        assertThat(assess(civil("200000").at(Stage.RETRIAL_WITH_FEE)).notes())
                .containsExactly(new Note(Note.Kind.RETRIAL_AMOUNT, List.of("200000.00"), LegalBasis.measures(19, 0)));
        assertThat(assess(caseOf(CaseKind.LABOUR).at(Stage.APPEAL)).notes()).isEmpty();
    }

    @Test
    void aCapIsAStepOfItsOwn() {
        var assessment = assess(application(ApplicationKind.PRESERVATION, "1000000"));
        var cap = assessment.lines().get(assessment.lines().size() - 1);

        assertThat(cap.kind()).isEqualTo(FeeLine.Kind.CAP);
        assertThat(cap.upTo()).isEqualTo(Money.yuan(5000));
        assertThat(cap.fee()).isEqualTo(exact("-520"));
        assertThat(cap.basis()).isEqualTo(LegalBasis.measures(14, 2));
        assertThat(assess(application(ApplicationKind.PRESERVATION, "896000")).lines())
                .noneMatch(line -> line.kind() == FeeLine.Kind.CAP);
    }

    @Test
    void aPaymentOrderIsAThirdOfThePropertyFee() {
        var assessment = assess(application(ApplicationKind.PAYMENT_ORDER, "100000"));
        var third = assessment.lines().get(assessment.lines().size() - 1);

        assertThat(third.kind()).isEqualTo(FeeLine.Kind.FRACTION);
        assertThat(third.item()).isEqualTo(FeeItem.PAYMENT_ORDER);
        assertThat(third.fraction()).isEqualTo("1/3");
        assertThat(third.total()).isEqualTo(exact("2300/3"));
        assertThat(third.basis()).isEqualTo(LegalBasis.measures(14, 3));
        assertThat(assessment.lines().get(0).item()).isEqualTo(FeeItem.PROPERTY);
    }

    @Test
    void aBankruptcyFeeAboveTheCapShowsHalvingThenTheCap() {
        var lines = assess(application(ApplicationKind.BANKRUPTCY, "200000000")).lines();

        assertThat(lines.get(lines.size() - 2).kind()).isEqualTo(FeeLine.Kind.FRACTION);
        assertThat(lines.get(lines.size() - 2).total()).isEqualTo(exact("520900"));
        assertThat(lines.get(lines.size() - 1).kind()).isEqualTo(FeeLine.Kind.CAP);
        assertThat(lines.get(lines.size() - 1).upTo()).isEqualTo(Money.yuan(300000));
        assertThat(lines.get(lines.size() - 1).fee()).isEqualTo(exact("-220900"));
    }

    @Test
    void aProvincialAmountShowsItsRangeAndThatItIsAPlaceholder() {
        var assessment = assess(caseOf(CaseKind.DIVORCE, "500000"));

        assertThat(assessment.lines().get(0))
                .extracting(FeeLine::kind, FeeLine::from, FeeLine::upTo, FeeLine::fee)
                .containsExactly(FeeLine.Kind.PROVINCIAL, Money.yuan(50), Money.yuan(300), exact("175"));
        assertThat(assessment.lines().get(1).item()).isEqualTo(FeeItem.DIVORCE_PROPERTY);
        assertThat(assessment.lines().get(1).fee()).isEqualTo(exact("0"));
        assertThat(assessment.lines().get(2).part()).isEqualTo(Money.yuan(300000));
        assertThat(assessment.notes())
                .containsExactly(new Note(Note.Kind.PROVINCIAL_PLACEHOLDER, List.of("鲁"), measures(13, 2, 1)));
        assertThat(assessment.provincialAmounts()).isNotNull();
        assertThat(assessment.provincialAmounts().name()).isEqualTo("山东省");
    }

    @Test
    void aChosenAmountInsideTheRangeReplacesTheProvincialOne() {
        var assessment = assess(civil().choosing(Money.yuan(60)));

        assertThat(assessment.lines().get(0).kind()).isEqualTo(FeeLine.Kind.CHOSEN);
        assertThat(assessment.notes()).isEmpty();
        assertThat(assessment.provincialAmounts()).isNull();
    }

    @Test
    void aMaritimeRangeTheCourtFixesIsQuotedAtItsMinimum() {
        var line = assess(application(ApplicationKind.SHIP_PRIORITY_SUMMONS))
                .lines()
                .get(0);

        assertThat(line.kind()).isEqualTo(FeeLine.Kind.RANGE_MINIMUM);
        assertThat(line.from()).isEqualTo(Money.yuan(1000));
        assertThat(line.upTo()).isEqualTo(Money.yuan(5000));
    }

    @Test
    void anExemptCaseSaysSoWithArticle8() {
        var line = assess(caseOf(CaseKind.SPECIAL_PROCEDURE)).lines().get(0);

        assertThat(line.kind()).isEqualTo(FeeLine.Kind.EXEMPT);
        assertThat(line.basis()).isEqualTo(LegalBasis.measures(8, 1));
        assertThat(assess(caseOf(CaseKind.SPECIAL_PROCEDURE).halvedFor(HalvingGround.WITHDRAWAL))
                        .lines())
                .hasSize(1);
    }

    @Test
    void theLegalBasisListsEveryArticleOnceInOrderOfUse() {
        var assessment = assess(caseOf(CaseKind.PERSONALITY_RIGHTS, "150000")
                .choosing(Money.yuan(100))
                .halvedFor(HalvingGround.MEDIATION));

        assertThat(assessment.legalBasis()).containsExactly(measures(13, 2, 2), LegalBasis.measures(15, 0));
        assertThat(assess(civil("10001")).legalBasis()).doesNotContainNull().hasSize(2);
        assertThat(assessment.legalBasis().get(0).citation(Language.ZH_CN)).isEqualTo("诉讼费用交纳办法第十三条第（二）项第2目");
    }
}
