package org.smartcourt.fees.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.application.QuoteFee;
import org.smartcourt.fees.domain.ApplicationKind;
import org.smartcourt.fees.domain.CaseKind;
import org.smartcourt.fees.domain.FeeFactsRejected;
import org.smartcourt.fees.domain.HalvingGround;
import org.smartcourt.fees.domain.Stage;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The public fee calculator: a form whose answer (fee, breakdown, legal basis) comes with the page, or alone as an
 * htmx fragment when the form is sent by htmx.
 */
@Controller
class FeeCalculatorController {

    private static final Map<String, String> FIELD_OF_PROBLEM = Map.of(
            "fees.problem.outsideRange", "chosenAmount",
            "fees.problem.noRange", "chosenAmount",
            "fees.problem.unknownProvince", "province",
            "fees.problem.summaryOnlyAtFirstInstance", "stage",
            "fees.problem.matterRequired", "matter",
            "fees.problem.noScheduleInForce", "matter");

    private final QuoteFee quoteFee;
    private final QuoteTexts texts;
    private final MessageSource messages;

    FeeCalculatorController(QuoteFee quoteFee, QuoteTexts texts, MessageSource messages) {
        this.quoteFee = quoteFee;
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/fees/calculator")
    String calculator(
            @ModelAttribute("form") CalculatorForm form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model) {
        model.addAttribute("caseKinds", List.of(CaseKind.values()));
        model.addAttribute("applicationKinds", List.of(ApplicationKind.values()));
        model.addAttribute("stages", List.of(Stage.values()));
        model.addAttribute("grounds", List.of(HalvingGround.values()));
        model.addAttribute("provinces", quoteFee.provinces());
        var errors = new LinkedHashMap<String, MessageSourceResolvable>();
        if (form.submitted()) {
            var fieldErrors = new LinkedHashMap<String, String>();
            var request = form.toRequest(fieldErrors);
            fieldErrors.forEach((field, code) -> errors.put(field, new DefaultMessageSourceResolvable(code)));
            if (request != null) {
                quote(request, locale, errors, model);
            }
        }
        var texts = new LinkedHashMap<String, String>();
        errors.forEach((field, problem) -> texts.put(field, messages.getMessage(problem, locale)));
        model.addAttribute("errors", texts);
        return htmx == null ? "fees/calculator" : "fees/calculator :: calculator";
    }

    private void quote(QuoteRequest request, Locale locale, Map<String, MessageSourceResolvable> errors, Model model) {
        try {
            var assessment = quoteFee.quote(request.toFacts(), request.on(), request.province());
            model.addAttribute("quote", texts.describe(request.matter(), assessment, locale));
        } catch (FeeQuoteRejected rejected) {
            errors.put(fieldOf(rejected.getDetailMessageCode()), problem(rejected));
        } catch (FeeFactsRejected rejected) {
            var problem = FeeQuoteRejected.of(rejected);
            errors.put(fieldOf(problem.getDetailMessageCode()), problem(problem));
        }
    }

    private static String fieldOf(@Nullable String code) {
        return code == null ? "matter" : FIELD_OF_PROBLEM.getOrDefault(code, "amounts");
    }

    private static MessageSourceResolvable problem(FeeQuoteRejected rejected) {
        var code = rejected.getDetailMessageCode();
        return new DefaultMessageSourceResolvable(
                new String[] {code == null ? FeeQuoteRejected.TITLE : code}, rejected.getDetailMessageArguments());
    }
}
