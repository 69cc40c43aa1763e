package org.smartcourt.guidance.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.FeeQuote;
import org.smartcourt.guidance.application.RiskAssessment;
import org.smartcourt.guidance.domain.Article;
import org.smartcourt.guidance.domain.LimitationOutlook;
import org.smartcourt.guidance.domain.LimitationRule;
import org.smartcourt.guidance.domain.ProcedureOutlook;
import org.smartcourt.guidance.domain.Stage;
import org.smartcourt.guidance.domain.Tip;
import org.smartcourt.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Words an assessment in the reader's language: every text and citation comes from the guidance bundle. */
@Component
class RiskViews {

    private final MessageSource messages;

    RiskViews(MessageSource messages) {
        this.messages = messages;
    }

    RiskView describe(RiskAssessment assessment, Locale locale) {
        var facts = assessment.facts();
        var caseType = facts.caseType();
        var court = assessment.court();
        return new RiskView(
                new RiskView.Answers(
                        caseType.id(),
                        text(locale, "guidance.caseType." + caseType.id()),
                        caseType.cause(),
                        court.code().value(),
                        court.name(),
                        facts.amount().toString(),
                        "CNY",
                        facts.limitationStart() == null
                                ? null
                                : facts.limitationStart().toString(),
                        facts.preservationLikely(),
                        facts.enforcementLikely(),
                        facts.defendantReachable(),
                        assessment.today().toString()),
                fees(assessment, locale),
                durations(assessment, locale),
                limitation(assessment.limitation(), locale),
                assessment.tips().stream().map(tip -> tip(tip, locale)).toList(),
                mediation(assessment, locale),
                links(assessment),
                text(locale, "guidance.result.disclaimer"));
    }

    private RiskView.Fees fees(RiskAssessment assessment, Locale locale) {
        var fees = assessment.fees();
        var notes = new ArrayList<String>();
        if (fees.summaryProcedure() == null) {
            notes.add(text(locale, "guidance.fee.note.summaryExcluded"));
        }
        if (fees.provinceFallback()) {
            notes.add(text(
                    locale,
                    "guidance.fee.note.provinceFallback",
                    assessment.court().province()));
        }
        return new RiskView.Fees(
                fee(locale, "acceptance", fees.acceptance(), null),
                fees.summaryProcedure() == null ? null : fee(locale, "summaryProcedure", fees.summaryProcedure(), null),
                fee(locale, "mediatedSettlement", fees.mediatedSettlement(), null),
                fee(
                        locale,
                        "judicialConfirmation",
                        fees.judicialConfirmation(),
                        text(locale, "guidance.fee.explanation.judicialConfirmation", cite(Article.CPL_205, locale))),
                fees.preservation() == null
                        ? null
                        : fee(
                                locale,
                                "preservation",
                                fees.preservation(),
                                text(locale, "guidance.fee.explanation.preservation")),
                fees.enforcement() == null
                        ? null
                        : fee(
                                locale,
                                "enforcement",
                                fees.enforcement(),
                                text(locale, "guidance.fee.explanation.enforcement")),
                notes);
    }

    private RiskView.FeeView fee(Locale locale, String kind, FeeQuote quote, @Nullable String explanation) {
        return new RiskView.FeeView(
                text(locale, "guidance.fee." + kind),
                quote.total().toString(),
                quote.exact(),
                quote.steps().stream()
                        .map(step -> new RiskView.Step(step.description(), step.fee(), step.basis()))
                        .toList(),
                quote.remarks().stream()
                        .map(remark -> new RiskView.Remark(remark.text(), remark.basis()))
                        .toList(),
                quote.legalBasis(),
                explanation);
    }

    private RiskView.Durations durations(RiskAssessment assessment, Locale locale) {
        var procedures = assessment.procedures().stream()
                .map(outlook -> procedure(outlook, locale))
                .toList();
        var stages =
                assessment.stages().stream().map(stage -> stage(stage, locale)).toList();
        var statistics = assessment.statistics();
        var text = statistics.sufficient()
                ? text(
                        locale,
                        "guidance.statistics.available",
                        statistics.cases(),
                        statistics.medianDays(),
                        statistics.eightiethPercentileDays())
                : text(locale, "guidance.statistics.none", statistics.minimumCases(), statistics.cases());
        return new RiskView.Durations(
                procedures,
                stages,
                new RiskView.Statistics(
                        statistics.sufficient(),
                        statistics.cases(),
                        statistics.minimumCases(),
                        statistics.medianDays(),
                        statistics.eightiethPercentileDays(),
                        text));
    }

    private RiskView.Procedure procedure(ProcedureOutlook outlook, Locale locale) {
        var procedure = outlook.procedure();
        var ceiling = procedure.ceilingMonths();
        return new RiskView.Procedure(
                procedure.name(),
                text(locale, "guidance.procedure." + procedure.name()),
                outlook.likelihood().name(),
                text(locale, "guidance.likelihood." + outlook.likelihood().name()),
                procedure.months(),
                procedure.extensionMonths(),
                ceiling,
                text(locale, "guidance.procedure.limit", procedure.months()),
                ceiling == null
                        ? text(locale, "guidance.procedure.extension.open", procedure.extensionMonths())
                        : text(locale, "guidance.procedure.extension.capped", procedure.extensionMonths(), ceiling),
                outlook.conditions().stream()
                        .map(condition -> new RiskView.Reason(
                                condition.name(),
                                text(locale, "guidance.condition." + condition.name()),
                                cite(condition.article(), locale)))
                        .toList(),
                citations(procedure.articles(), locale));
    }

    private RiskView.Period stage(Stage stage, Locale locale) {
        return new RiskView.Period(
                stage.name(), text(locale, "guidance.stage." + stage.name()), cite(stage.article(), locale));
    }

    private RiskView.Limitation limitation(LimitationOutlook outlook, Locale locale) {
        var status = outlook.status().name();
        var start = outlook.start() == null ? "" : outlook.start().toString();
        var last = outlook.lastDay() == null ? "" : outlook.lastDay().toString();
        var daysLeft = outlook.daysLeft();
        var notes = new ArrayList<String>();
        if (outlook.rule() != LimitationRule.NONE) {
            notes.add(text(locale, "guidance.limitation.note.suspension"));
            notes.add(text(locale, "guidance.limitation.note.interruption"));
            notes.add(text(locale, "guidance.limitation.note.holiday"));
        }
        if (outlook.rule() == LimitationRule.CIVIL_CODE) {
            notes.add(text(locale, "guidance.limitation.note.installments"));
        }
        var articles = new ArrayList<>(outlook.rule().articles());
        if (outlook.rule() == LimitationRule.CIVIL_CODE) {
            articles.add(Article.CIVIL_CODE_189);
        }
        return new RiskView.Limitation(
                status,
                outlook.rule().name(),
                text(locale, "guidance.limitation.status." + status),
                text(
                        locale,
                        "guidance.limitation.text." + status,
                        start,
                        last,
                        daysLeft == null ? "" : Long.toString(Math.abs(daysLeft))),
                text(locale, "guidance.limitation.rule." + outlook.rule().name()),
                outlook.start() == null ? null : start,
                outlook.lastDay() == null ? null : last,
                daysLeft,
                notes,
                citations(articles, locale));
    }

    private RiskView.TipView tip(Tip tip, Locale locale) {
        return new RiskView.TipView(
                tip.id(),
                text(locale, "guidance.tip." + tip.id() + ".title"),
                text(locale, "guidance.tip." + tip.id() + ".text"),
                citations(tip.articles(), locale));
    }

    private RiskView.Mediation mediation(RiskAssessment assessment, Locale locale) {
        var fees = assessment.fees();
        var full = fees.acceptance().total();
        var settlement = fees.mediatedSettlement().total();
        var preFiling = fees.judicialConfirmation().total();
        return new RiskView.Mediation(
                preFiling.toString(),
                settlement.toString(),
                full.toString(),
                fees.settlementSaving().toString(),
                fees.preFilingSaving().toString(),
                List.of(
                        text(locale, "guidance.mediation.preFiling", yuan(preFiling), yuan(fees.preFilingSaving())),
                        text(locale, "guidance.mediation.settlement", yuan(settlement), yuan(fees.settlementSaving())),
                        text(locale, "guidance.mediation.voluntary"),
                        text(locale, "guidance.mediation.charges")),
                citations(
                        List.of(
                                Article.CPL_125,
                                Article.ONLINE_MEDIATION_RULES_24,
                                Article.CPL_205,
                                Article.MEASURES_8,
                                Article.MEASURES_15,
                                Article.INVITED_MEDIATION_RULES_29,
                                Article.ONLINE_MEDIATION_RULES_5),
                        locale));
    }

    private static RiskView.Links links(RiskAssessment assessment) {
        var type = assessment.facts().caseType().id();
        var court = assessment.court().code().value();
        return new RiskView.Links(link("/filing/new", type, court), link("/guidance/mediation", type, court));
    }

    static String link(String path, String type, String court) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("type", type)
                .queryParam("court", court)
                .encode()
                .build()
                .toUriString();
    }

    private List<String> citations(Collection<Article> articles, Locale locale) {
        return new LinkedHashSet<>(articles)
                .stream().map(article -> cite(article, locale)).toList();
    }

    String cite(Article article, Locale locale) {
        return text(locale, "guidance.article." + article.name());
    }

    private static String yuan(Money amount) {
        return amount.toString();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
