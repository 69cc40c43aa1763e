package org.smartcourt.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.guidance.domain.ProcedureOutlook.Likelihood;
import org.smartcourt.shared.Money;

/** The trial time limits and the rules that decide which procedure a case may take, one row per rule. */
class DurationRulesTests {

    static Stream<Arguments> timeLimits() {
        return Stream.of(
                Arguments.of(
                        "CPL Art. 168: small claims in 2 months, +1",
                        TrialProcedure.SMALL_CLAIMS,
                        2,
                        1,
                        3,
                        List.of(Article.CPL_168)),
                Arguments.of(
                        "CPL Art. 164, 民诉解释 Art. 258: summary in 3 months, +1, at most 4",
                        TrialProcedure.SUMMARY,
                        3,
                        1,
                        4,
                        List.of(Article.CPL_164, Article.CPL_INTERPRETATION_258)),
                Arguments.of(
                        "CPL Art. 152: ordinary in 6 months, +6, then the superior court",
                        TrialProcedure.ORDINARY,
                        6,
                        6,
                        null,
                        List.of(Article.CPL_152)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeLimits")
    void eachProcedureHasItsStatutoryLimit(
            String rule, TrialProcedure procedure, int months, int extension, Integer ceiling, List<Article> articles) {
        assertThat(procedure.months()).isEqualTo(months);
        assertThat(procedure.extensionMonths()).isEqualTo(extension);
        assertThat(procedure.ceilingMonths()).isEqualTo(ceiling);
        assertThat(procedure.articles()).isEqualTo(articles);
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of(
                        "劳动争议调解仲裁法 Art. 43: arbitration in 45 days",
                        Stage.LABOUR_ARBITRATION,
                        Period.ofDays(45),
                        Article.LABOUR_ARBITRATION_LAW_43),
                Arguments.of(
                        "劳动争议调解仲裁法 Art. 50: sue within 15 days of the award",
                        Stage.SUIT_AFTER_AWARD,
                        Period.ofDays(15),
                        Article.LABOUR_ARBITRATION_LAW_50),
                Arguments.of(
                        "在线调解规则 Art. 24: pre-filing mediation 30 days",
                        Stage.PRE_FILING_MEDIATION,
                        Period.ofDays(30),
                        Article.ONLINE_MEDIATION_RULES_24),
                Arguments.of(
                        "CPL Art. 126: registration within 7 days",
                        Stage.REGISTRATION,
                        Period.ofDays(7),
                        Article.CPL_126),
                Arguments.of("CPL Art. 128: answer within 15 days", Stage.ANSWER, Period.ofDays(15), Article.CPL_128),
                Arguments.of(
                        "CPL Art. 95: public notice served after 30 days",
                        Stage.PUBLIC_NOTICE,
                        Period.ofDays(30),
                        Article.CPL_95),
                Arguments.of(
                        "民诉解释 Art. 243: appraisal time not counted",
                        Stage.APPRAISAL,
                        Period.ZERO,
                        Article.CPL_INTERPRETATION_243),
                Arguments.of("CPL Art. 171: appeal within 15 days", Stage.APPEAL, Period.ofDays(15), Article.CPL_171),
                Arguments.of(
                        "CPL Art. 183: second instance in 3 months",
                        Stage.SECOND_INSTANCE,
                        Period.ofMonths(3),
                        Article.CPL_183),
                Arguments.of(
                        "CPL Art. 250: apply for enforcement within 2 years",
                        Stage.ENFORCEMENT_APPLICATION,
                        Period.ofYears(2),
                        Article.CPL_250),
                Arguments.of(
                        "2000 time-limit rules Art. 5: enforcement in 6 months",
                        Stage.ENFORCEMENT,
                        Period.ofMonths(6),
                        Article.TIME_LIMITS_RULES_2000_5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void eachPeriodHasItsStatutoryLength(String rule, Stage stage, Period length, Article article) {
        assertThat(stage.length()).isEqualTo(length);
        assertThat(stage.article()).isEqualTo(article);
    }

    static Stream<Arguments> procedureRules() {
        return Stream.of(
                Arguments.of(
                        "CPL Art. 160, 165: at a basic court a reachable defendant allows summary and small claims",
                        facts(lending(), true, true),
                        Likelihood.POSSIBLE,
                        List.of(Condition.AMOUNT_CEILING),
                        Likelihood.LIKELY,
                        Likelihood.POSSIBLE),
                Arguments.of(
                        "CPL Art. 160, 165: an intermediate court hears in ordinary procedure only",
                        facts(lending(), false, true),
                        Likelihood.EXCLUDED,
                        List.of(Condition.BASIC_COURTS_ONLY),
                        Likelihood.EXCLUDED,
                        Likelihood.LIKELY),
                Arguments.of(
                        "CPL Art. 166(4), 民诉解释 Art. 140: a missing defendant rules out small claims and summary",
                        facts(lending(), true, false),
                        Likelihood.EXCLUDED,
                        List.of(Condition.PARTY_MISSING),
                        Likelihood.EXCLUDED,
                        Likelihood.LIKELY),
                Arguments.of(
                        "CPL Art. 165, 166(1): a divorce is personal status, not a money claim",
                        facts(type("divorce", FeeKind.DIVORCE, false, true, false), true, true),
                        Likelihood.EXCLUDED,
                        List.of(Condition.MONEY_CLAIMS_ONLY, Condition.PERSONAL_STATUS),
                        Likelihood.LIKELY,
                        Likelihood.POSSIBLE),
                Arguments.of(
                        "CPL Art. 166(3): a case needing an appraisal is no small claim",
                        facts(type("motor-vehicle-accident", FeeKind.PROPERTY, true, false, true), true, true),
                        Likelihood.EXCLUDED,
                        List.of(Condition.APPRAISAL_NEEDED),
                        Likelihood.LIKELY,
                        Likelihood.POSSIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedureRules")
    void theProceduresOfACaseFollowTheRules(
            String rule,
            RiskFacts facts,
            Likelihood smallClaims,
            List<Condition> smallClaimsConditions,
            Likelihood summary,
            Likelihood ordinary) {
        var outlooks = DurationRules.procedures(facts);

        assertThat(outlooks)
                .extracting(ProcedureOutlook::procedure)
                .containsExactly(TrialProcedure.SMALL_CLAIMS, TrialProcedure.SUMMARY, TrialProcedure.ORDINARY);
        assertThat(outlooks.get(0).likelihood()).isEqualTo(smallClaims);
        assertThat(outlooks.get(0).conditions()).isEqualTo(smallClaimsConditions);
        assertThat(outlooks.get(1).likelihood()).isEqualTo(summary);
        assertThat(outlooks.get(2).likelihood()).isEqualTo(ordinary);
    }

    @Test
    void aMissingDefendantAddsThePublicNoticeAndLikelyEnforcementAddsItsPeriods() {
        var facts = new RiskFacts(lending(), Money.yuan(80000), true, null, false, true, false);

        assertThat(DurationRules.stages(facts))
                .containsExactly(
                        Stage.PRE_FILING_MEDIATION,
                        Stage.REGISTRATION,
                        Stage.ANSWER,
                        Stage.PUBLIC_NOTICE,
                        Stage.APPEAL,
                        Stage.SECOND_INSTANCE,
                        Stage.ENFORCEMENT_APPLICATION,
                        Stage.ENFORCEMENT);
    }

    @Test
    void aLabourDisputeGoesToArbitrationFirst() {
        var labour = new CaseType(
                "labour-dispute",
                "劳动争议",
                FeeKind.LABOUR,
                LimitationRule.LABOUR_ARBITRATION,
                true,
                false,
                false,
                true,
                List.of());
        var facts = new RiskFacts(labour, Money.ZERO, true, null, false, false, true);

        assertThat(DurationRules.stages(facts)).startsWith(Stage.LABOUR_ARBITRATION, Stage.SUIT_AFTER_AWARD);
    }

    private static CaseType lending() {
        return type("private-lending", FeeKind.PROPERTY, true, false, false);
    }

    private static CaseType type(
            String id, FeeKind fee, boolean moneyClaim, boolean personalStatus, boolean appraisalLikely) {
        return new CaseType(
                id,
                "案由",
                fee,
                LimitationRule.CIVIL_CODE,
                moneyClaim,
                personalStatus,
                appraisalLikely,
                false,
                List.of());
    }

    private static RiskFacts facts(CaseType type, boolean basicCourt, boolean reachable) {
        return new RiskFacts(
                type, type.moneyClaim() ? Money.yuan(80000) : Money.ZERO, basicCourt, null, false, false, reachable);
    }
}
