package org.smartcourt.guidance.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which first-instance procedures a case may be heard under, and which other periods lie along its way. The
 * calculator cannot see whether a case is simple or below the small-claims ceiling; it says so instead.
 */
public final class DurationRules {

    private DurationRules() {}

    /** Small claims, summary and ordinary procedure, each likely, possible or excluded, with the reasons. */
    public static List<ProcedureOutlook> procedures(RiskFacts facts) {
        var smallClaims = smallClaims(facts);
        var summary = summary(facts);
        var summaryPossible = summary.isEmpty();
        var outlooks = new ArrayList<ProcedureOutlook>();
        outlooks.add(
                smallClaims.isEmpty()
                        ? new ProcedureOutlook(
                                TrialProcedure.SMALL_CLAIMS,
                                ProcedureOutlook.Likelihood.POSSIBLE,
                                List.of(Condition.AMOUNT_CEILING))
                        : new ProcedureOutlook(
                                TrialProcedure.SMALL_CLAIMS, ProcedureOutlook.Likelihood.EXCLUDED, smallClaims));
        outlooks.add(
                summaryPossible
                        ? new ProcedureOutlook(
                                TrialProcedure.SUMMARY,
                                ProcedureOutlook.Likelihood.LIKELY,
                                List.of(Condition.SIMPLE_CASE))
                        : new ProcedureOutlook(TrialProcedure.SUMMARY, ProcedureOutlook.Likelihood.EXCLUDED, summary));
        outlooks.add(new ProcedureOutlook(
                TrialProcedure.ORDINARY,
                summaryPossible ? ProcedureOutlook.Likelihood.POSSIBLE : ProcedureOutlook.Likelihood.LIKELY,
                List.of()));
        return outlooks;
    }

    /** The periods that apply to the case, in the order they come. */
    public static List<Stage> stages(RiskFacts facts) {
        var stages = new ArrayList<Stage>();
        if (facts.caseType().arbitrationFirst()) {
            stages.add(Stage.LABOUR_ARBITRATION);
            stages.add(Stage.SUIT_AFTER_AWARD);
        }
        stages.add(Stage.PRE_FILING_MEDIATION);
        stages.add(Stage.REGISTRATION);
        stages.add(Stage.ANSWER);
        if (!facts.defendantReachable()) {
            stages.add(Stage.PUBLIC_NOTICE);
        }
        if (facts.caseType().appraisalLikely()) {
            stages.add(Stage.APPRAISAL);
        }
        stages.add(Stage.APPEAL);
        stages.add(Stage.SECOND_INSTANCE);
        if (facts.enforcementLikely()) {
            stages.add(Stage.ENFORCEMENT_APPLICATION);
            stages.add(Stage.ENFORCEMENT);
        }
        return stages;
    }

    private static List<Condition> smallClaims(RiskFacts facts) {
        var excluded = new ArrayList<Condition>();
        if (!facts.basicCourt()) {
            excluded.add(Condition.BASIC_COURTS_ONLY);
        }
        if (!facts.caseType().moneyClaim() || !facts.hasAmount()) {
            excluded.add(Condition.MONEY_CLAIMS_ONLY);
        }
        if (facts.caseType().personalStatus()) {
            excluded.add(Condition.PERSONAL_STATUS);
        }
        if (facts.caseType().appraisalLikely()) {
            excluded.add(Condition.APPRAISAL_NEEDED);
        }
        if (!facts.defendantReachable()) {
            excluded.add(Condition.PARTY_MISSING);
        }
        return excluded;
    }

    private static List<Condition> summary(RiskFacts facts) {
        var excluded = new ArrayList<Condition>();
        if (!facts.basicCourt()) {
            excluded.add(Condition.BASIC_COURTS_ONLY);
        }
        if (!facts.defendantReachable()) {
            excluded.add(Condition.NO_PUBLIC_NOTICE_IN_SUMMARY);
        }
        return excluded;
    }
}
