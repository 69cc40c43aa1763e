package org.smartcourt.fees.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.smartcourt.fees.FeeQuestion;
import org.smartcourt.fees.FeeQuote;
import org.smartcourt.fees.FeeQuotes;
import org.smartcourt.fees.application.QuoteFee;
import org.smartcourt.fees.domain.ApplicationFacts;
import org.smartcourt.fees.domain.ApplicationKind;
import org.smartcourt.fees.domain.CaseFacts;
import org.smartcourt.fees.domain.CaseKind;
import org.smartcourt.fees.domain.FeeFacts;
import org.smartcourt.fees.domain.FeeFactsRejected;
import org.smartcourt.fees.domain.HalvingGround;
import org.smartcourt.fees.domain.ProvincialAmounts;
import org.smartcourt.fees.domain.Stage;
import org.smartcourt.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The {@link FeeQuotes} façade: the same engine and the same texts as the public calculator and {@code POST
 * /api/v1/fees/quote}, so that a fee shown elsewhere never differs from the calculator's.
 */
@Component
class LocalisedFeeQuotes implements FeeQuotes {

    private final QuoteFee quoteFee;
    private final QuoteTexts texts;

    LocalisedFeeQuotes(QuoteFee quoteFee, QuoteTexts texts) {
        this.quoteFee = quoteFee;
        this.texts = texts;
    }

    @Override
    public FeeQuote quote(FeeQuestion question, Locale locale) {
        var facts = facts(question);
        try {
            var assessment = quoteFee.quote(facts, null, question.province());
            var view = texts.describe(matter(facts), assessment, locale);
            return new FeeQuote(
                    assessment.total(),
                    view.exact(),
                    view.lines().stream()
                            .map(line -> new FeeQuote.Step(line.description(), line.fee(), line.basis()))
                            .toList(),
                    view.notes().stream()
                            .map(note -> new FeeQuote.Remark(note.text(), note.basis()))
                            .toList(),
                    view.legalBasis());
        } catch (FeeFactsRejected rejected) {
            throw FeeQuoteRejected.of(rejected);
        }
    }

    @Override
    public Set<String> provinces() {
        var provinces = new TreeSet<String>();
        quoteFee.provinces().stream().map(ProvincialAmounts::province).forEach(provinces::add);
        return provinces;
    }

    private static FeeFacts facts(FeeQuestion question) {
        var amount = question.amount();
        try {
            return switch (question.matter()) {
                case PRESERVATION -> new ApplicationFacts(ApplicationKind.PRESERVATION, amount, null);
                case ENFORCEMENT -> new ApplicationFacts(ApplicationKind.ENFORCEMENT, amount, null);
                case CIVIL_CASE -> caseFacts(CaseKind.CIVIL, question);
                case DIVORCE_CASE -> caseFacts(CaseKind.DIVORCE, question);
                case LABOUR_CASE -> caseFacts(CaseKind.LABOUR, question);
                case SPECIAL_PROCEDURE_CASE -> caseFacts(CaseKind.SPECIAL_PROCEDURE, question);
            };
        } catch (FeeFactsRejected rejected) {
            throw FeeQuoteRejected.of(rejected);
        }
    }

    private static CaseFacts caseFacts(CaseKind kind, FeeQuestion question) {
        var amount = question.amount();
        // a labour dispute or a special procedure costs the same whatever is claimed (Art. 8(1), 13(4))
        var claims = amount == null || kind == CaseKind.LABOUR || kind == CaseKind.SPECIAL_PROCEDURE
                ? List.<Money>of()
                : List.of(amount);
        var halving = question.halving();
        Set<HalvingGround> grounds = halving == null
                ? Set.of()
                : Set.of(
                        switch (halving) {
                            case SUMMARY_PROCEDURE -> HalvingGround.SUMMARY_PROCEDURE;
                            case MEDIATION -> HalvingGround.MEDIATION;
                        });
        return new CaseFacts(kind, Stage.FIRST_INSTANCE, claims, false, grounds, null);
    }

    private static String matter(FeeFacts facts) {
        return facts instanceof CaseFacts caseFacts
                ? caseFacts.kind().name()
                : ((ApplicationFacts) facts).kind().name();
    }
}
