package org.smartcourt.guidance.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A risk assessment as the API returns it and the page shows it: amounts as decimal strings in yuan, texts and
 * citations in the request's language, dates as ISO dates.
 */
record RiskView(
        Answers answers,
        Fees fees,
        Durations durations,
        Limitation limitation,
        List<TipView> tips,
        Mediation mediation,
        Links links,
        String disclaimer) {

    /** What the assessment was asked, as understood. */
    record Answers(
            String caseType,
            String caseTypeLabel,
            String cause,
            String court,
            String courtName,
            String amount,
            String currency,
            @Nullable String limitationStart,
            boolean preservationLikely,
            boolean enforcementLikely,
            boolean defendantReachable,
            String assessedOn) {}

    /** Every fee the case may bring; null entries do not apply to it. */
    record Fees(
            FeeView acceptance,
            @Nullable FeeView summaryProcedure,
            FeeView mediatedSettlement,
            FeeView judicialConfirmation,
            @Nullable FeeView preservation,
            @Nullable FeeView enforcement,
            List<String> notes) {}

    /** One fee: its total, the exact amount before rounding, the breakdown and the articles applied. */
    record FeeView(
            String label,
            String total,
            String exact,
            List<Step> lines,
            List<Remark> notes,
            List<String> legalBasis,
            @Nullable String explanation) {}

    record Step(String description, String fee, String basis) {}

    record Remark(String text, @Nullable String basis) {}

    /** Statutory time limits of each procedure, the other periods on the way, and the court's own record. */
    record Durations(List<Procedure> procedures, List<Period> stages, Statistics statistics) {}

    record Procedure(
            String procedure,
            String label,
            String likelihood,
            String likelihoodLabel,
            int months,
            int extensionMonths,
            @Nullable Integer ceilingMonths,
            String limit,
            String extension,
            List<Reason> conditions,
            List<String> legalBasis) {}

    record Reason(String condition, String text, String basis) {}

    record Period(String stage, String text, String basis) {}

    /** Durations of the court's closed cases of the type; the figures are null below {@code minimumCases}. */
    record Statistics(
            boolean available,
            int cases,
            int minimumCases,
            @Nullable Integer medianDays,
            @Nullable Integer eightiethPercentileDays,
            String text) {}

    /** Where the limitation period stands. */
    record Limitation(
            String status,
            String rule,
            String headline,
            String text,
            String ruleText,
            @Nullable String startDate,
            @Nullable String lastDay,
            @Nullable Long daysLeft,
            List<String> notes,
            List<String> legalBasis) {}

    record TipView(String id, String title, String text, List<String> legalBasis) {}

    /** What mediation would cost and save, with the articles. */
    record Mediation(
            String preFilingFee,
            String settlementFee,
            String fullFee,
            String settlementSaving,
            String preFilingSaving,
            List<String> texts,
            List<String> legalBasis) {}

    /** Where to go next: the filing form (type and court filled in) and the page about mediation. */
    record Links(String filing, String mediation) {}
}
