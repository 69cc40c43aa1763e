package org.smartcourt.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.shared.Language;

/** One row per rule of fee relief (诉讼费用交纳办法 Art. 44–48), each citing the provision it comes from. */
class ReliefRulesTests {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 8);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** A natural person asking a waiver for support claims, with a statement and one file: admissible. */
    private static ReliefRules.Application waiver() {
        return new ReliefRules.Application(
                ReliefTerms.waiver(), Set.of(ReliefGround.SUPPORT_OR_PENSION_CLAIM), "无收入", 1, true, DEADLINE);
    }

    private static ReliefRules.Application reduction(int percent) {
        return new ReliefRules.Application(
                ReliefTerms.reduction(percent), Set.of(ReliefGround.FORCE_MAJEURE_HARDSHIP), "受灾", 1, false, DEADLINE);
    }

    static Stream<Arguments> applications() {
        var base = waiver();
        return Stream.of(
                Arguments.of(
                        "Art. 44 ¶2: a legal person asks a waiver",
                        with(base, base.requested(), base.grounds(), base.evidenceFiles(), false),
                        ReliefRule.WAIVER_ONLY_FOR_NATURAL_PERSONS,
                        "Art. 44 para. 2"),
                Arguments.of(
                        "Art. 48 ¶1: no ground",
                        with(base, base.requested(), Set.of(), 1, true),
                        ReliefRule.GROUND_REQUIRED,
                        "Art. 48 para. 1"),
                Arguments.of(
                        "Art. 45–47: a deferral ground for a waiver",
                        with(base, base.requested(), Set.of(ReliefGround.LEGAL_AID), 1, true),
                        ReliefRule.GROUND_OF_ANOTHER_KIND,
                        "Art. 44 para. 1"),
                Arguments.of(
                        "Art. 46 ¶2: a reduction without a percentage",
                        with(
                                reduction(50),
                                new ReliefTerms(ReliefKind.REDUCTION, null, null),
                                Set.of(ReliefGround.FORCE_MAJEURE_HARDSHIP),
                                1,
                                false),
                        ReliefRule.REDUCTION_PERCENT_REQUIRED,
                        "Art. 46 para. 2"),
                Arguments.of(
                        "Art. 46 ¶2: a reduction of 29 %",
                        reduction(29), ReliefRule.REDUCTION_BELOW_MINIMUM, "Art. 46 para. 2"),
                Arguments.of(
                        "Art. 44: a reduction of 100 % is a waiver",
                        reduction(100), ReliefRule.REDUCTION_OF_EVERYTHING, "Art. 44 para. 2"),
                Arguments.of(
                        "Art. 46 ¶2: a percentage with a waiver",
                        with(base, new ReliefTerms(ReliefKind.WAIVER, 40, null), base.grounds(), 1, true),
                        ReliefRule.PERCENT_WITHOUT_REDUCTION,
                        "Art. 46 para. 2"),
                Arguments.of(
                        "Art. 47: a deferral until before the deadline",
                        with(
                                base,
                                ReliefTerms.deferral(DEADLINE.minusDays(1)),
                                Set.of(ReliefGround.ACCIDENT_VICTIM),
                                1,
                                true),
                        ReliefRule.DEFERRAL_NOT_LATER,
                        "Art. 47"),
                Arguments.of(
                        "Art. 47: a date with a waiver",
                        with(
                                base,
                                new ReliefTerms(ReliefKind.WAIVER, null, DEADLINE.plusDays(30)),
                                base.grounds(),
                                1,
                                true),
                        ReliefRule.DATE_WITHOUT_DEFERRAL,
                        "Art. 47"),
                Arguments.of(
                        "Art. 48 ¶1: no written statement",
                        new ReliefRules.Application(base.requested(), base.grounds(), " ", 1, true, DEADLINE),
                        ReliefRule.STATEMENT_REQUIRED,
                        "Art. 48 para. 1"),
                Arguments.of(
                        "Art. 48 ¶1: no proof of hardship",
                        with(base, base.requested(), base.grounds(), 0, true),
                        ReliefRule.EVIDENCE_REQUIRED,
                        "Art. 48 para. 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void anApplicationBreakingARuleIsRefusedWithThatRuleAndItsArticle(
            String rule, ReliefRules.Application application, ReliefRule broken, String article) {
        var violations = ReliefRules.check(application);

        assertThat(violations).extracting(ReliefViolation::rule).containsExactly(broken);
        assertThat(broken.basis().citation(Language.EN)).endsWith(article);
    }

    static Stream<Arguments> grants() {
        return Stream.of(
                Arguments.of(
                        "Art. 44 ¶2: waiving a legal person's fee",
                        ReliefTerms.waiver(),
                        false,
                        ReliefRule.WAIVER_ONLY_FOR_NATURAL_PERSONS),
                Arguments.of(
                        "Art. 46 ¶2: granting a reduction of 20 %",
                        ReliefTerms.reduction(20), true, ReliefRule.REDUCTION_BELOW_MINIMUM),
                Arguments.of(
                        "Art. 47: granting a deferral without a date",
                        new ReliefTerms(ReliefKind.DEFERRAL, null, null),
                        true,
                        ReliefRule.DEFERRAL_DATE_REQUIRED),
                Arguments.of(
                        "Art. 47: granting a deferral that ends on the current deadline",
                        ReliefTerms.deferral(DEADLINE),
                        true,
                        ReliefRule.DEFERRAL_NOT_LATER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grants")
    void aGrantBreakingARuleIsRefused(String rule, ReliefTerms granted, boolean naturalPerson, ReliefRule broken) {
        assertThat(ReliefRules.checkGrant(granted, naturalPerson, DEADLINE, TODAY))
                .extracting(ReliefViolation::rule)
                .containsExactly(broken);
    }

    @Test
    void aWellFoundedApplicationBreaksNoRule() {
        assertThat(ReliefRules.check(waiver())).isEmpty();
        assertThat(ReliefRules.check(reduction(30))).isEmpty();
        assertThat(ReliefRules.check(new ReliefRules.Application(
                        ReliefTerms.deferral(DEADLINE.plusMonths(3)),
                        Set.of(ReliefGround.ACCIDENT_VICTIM, ReliefGround.LEGAL_AID),
                        "交通事故受害人",
                        2,
                        false,
                        DEADLINE)))
                .isEmpty();
    }

    @Test
    void theCourtMayGrantAnotherFormThanAskedWithinTheMeasures() {
        assertThat(ReliefRules.checkGrant(ReliefTerms.reduction(50), false, DEADLINE, TODAY))
                .isEmpty();
        assertThat(ReliefRules.checkGrant(ReliefTerms.deferral(DEADLINE.plusMonths(6)), true, DEADLINE, TODAY))
                .isEmpty();
    }

    @Test
    void aRefusalWithoutReasonsBreaksArticle48Paragraph3() {
        assertThat(ReliefRules.checkRefusal(" "))
                .extracting(ReliefViolation::rule)
                .containsExactly(ReliefRule.REASONS_REQUIRED);
        assertThat(ReliefRule.REASONS_REQUIRED.basis().citation(Language.ZH_CN)).isEqualTo("诉讼费用交纳办法第四十八条第三款");
        assertThat(ReliefRules.checkRefusal("证明材料不足")).isEmpty();
    }

    @Test
    void everyGroundCitesItsArticleAndItem() {
        assertThat(ReliefGround.SUPPORT_OR_PENSION_CLAIM.basis().citation(Language.ZH_CN))
                .isEqualTo("诉讼费用交纳办法第四十五条第（二）项");
        assertThat(ReliefGround.WELFARE_INSTITUTION.basis().citation(Language.EN))
                .isEqualTo("Measures on the Payment of Litigation Costs, Art. 46 item (3)");
        assertThat(ReliefGround.LEGAL_AID.basis().citation(Language.EN))
                .isEqualTo("Measures on the Payment of Litigation Costs, Art. 47 item (3)");
    }

    private static ReliefRules.Application with(
            ReliefRules.Application base,
            ReliefTerms terms,
            Set<ReliefGround> grounds,
            int evidence,
            boolean naturalPerson) {
        return new ReliefRules.Application(terms, grounds, base.statement(), evidence, naturalPerson, DEADLINE);
    }
}
