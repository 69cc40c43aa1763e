package org.smartcourt.guidance.web;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.guidance.application.AssessRisk;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public litigation-risk calculator: a form whose assessment comes with the page, or alone as an htmx fragment
 * when htmx sends the form; and the page that explains pre-filing mediation.
 */
@Controller
class RiskPageController {

    private final AssessRisk assessRisk;
    private final RiskViews views;
    private final Validator validator;
    private final MessageSource messages;

    RiskPageController(AssessRisk assessRisk, RiskViews views, Validator validator, MessageSource messages) {
        this.assessRisk = assessRisk;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/guidance/risk")
    String risk(
            @ModelAttribute("form") RiskForm form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model) {
        model.addAttribute("caseTypes", assessRisk.caseTypes());
        var errors = new LinkedHashMap<String, String>();
        if (form.submitted()) {
            var parseErrors = new LinkedHashMap<String, String>();
            var request = form.toRequest(parseErrors);
            parseErrors.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
            for (var violation : validator.validate(request)) {
                errors.merge(violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + " " + b);
            }
            if (errors.isEmpty()) {
                model.addAttribute("result", views.describe(assessRisk.assess(request.toQuestion(), locale), locale));
            }
        }
        model.addAttribute("errors", errors);
        return htmx == null ? "guidance/risk" : "guidance/risk :: risk";
    }

    @GetMapping("/guidance/mediation")
    String mediation(
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String court, Model model) {
        var known = assessRisk.caseTypes().stream()
                .anyMatch(caseType -> caseType.id().equals(type.strip()));
        model.addAttribute(
                "filing", known ? RiskViews.link("/filing/new", type.strip(), court.strip()) : "/filing/new");
        return "guidance/mediation";
    }
}
