package org.smartcourt.judgments.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.judgments.application.ListCaseDecisions;
import org.smartcourt.judgments.application.RecordEffectiveDocument;
import org.smartcourt.judgments.domain.DecisionStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clerk's page of a case's decisions: what took effect when, and the form to enter one. */
@Controller
@RequestMapping("/staff/cases/{caseId}/decisions")
@PreAuthorize("hasAnyRole('CLERK', 'PRESIDENT')")
class DecisionPageController {

    private final ListCaseDecisions list;
    private final RecordEffectiveDocument record;
    private final DecisionViews views;
    private final Clock clock;

    DecisionPageController(ListCaseDecisions list, RecordEffectiveDocument record, DecisionViews views, Clock clock) {
        this.list = list;
        this.record = record;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping
    String page(Principal caller, @PathVariable String caseId, Model model) {
        var found = list.of(DecisionViews.caseId(caseId), caller.getName());
        var outline = found.outline();
        model.addAttribute("caseId", outline.caseId().toString());
        model.addAttribute(
                "caseNumber", outline.number() == null ? null : outline.number().toString());
        model.addAttribute("court", outline.court().value());
        model.addAttribute(
                "decisions", found.decisions().stream().map(views::of).toList());
        model.addAttribute(
                "awaiting",
                found.decisions().stream()
                        .filter(decision -> decision.status() == DecisionStatus.AWAITING_EFFECT)
                        .map(views::of)
                        .toList());
        model.addAttribute("kinds", DecisionKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "judgments/decisions";
    }

    @PostMapping
    String enter(
            Principal caller,
            @PathVariable String caseId,
            @RequestParam String kind,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String decidedOn,
            @RequestParam(defaultValue = "EFFECTIVE") String effect,
            @RequestParam(required = false) @Nullable String effectiveOn,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String text,
            RedirectAttributes redirect) {
        return act(caseId, redirect, () -> {
            RecordEffectiveDocument.Source source;
            if (file != null && !file.isEmpty()) {
                source = new RecordEffectiveDocument.Upload(DecisionApiController.bytes(file));
            } else if (text != null && !text.isBlank()) {
                source = new RecordEffectiveDocument.Text(text);
            } else {
                throw new FieldProblem("document", "judgments.problem.invalid.document");
            }
            var appealed = "APPEALED".equals(effect);
            record.record(
                    DecisionViews.caseId(caseId),
                    caller.getName(),
                    new RecordEffectiveDocument.Entry(
                            DecisionKind.parse(kind).orElseThrow(() -> new FieldProblem("kind", "judgments.form.kind")),
                            title,
                            date(decidedOn, "decidedOn"),
                            appealed ? null : date(effectiveOn, "effectiveOn"),
                            appealed,
                            source));
        });
    }

    @PostMapping("/{decisionId}/effect")
    String settle(
            Principal caller,
            @PathVariable String caseId,
            @PathVariable UUID decisionId,
            @RequestParam(defaultValue = "EFFECTIVE") String effect,
            @RequestParam(required = false) @Nullable String effectiveOn,
            RedirectAttributes redirect) {
        return act(caseId, redirect, () -> {
            var appealed = "APPEALED".equals(effect);
            record.record(
                    DecisionViews.caseId(caseId),
                    caller.getName(),
                    new RecordEffectiveDocument.Entry(
                            DecisionKind.RULING,
                            null,
                            null,
                            appealed ? null : date(effectiveOn, "settleEffectiveOn"),
                            appealed,
                            new RecordEffectiveDocument.Issued(decisionId)));
        });
    }

    /** A field the form got wrong: shown next to that field. */
    static final class FieldProblem extends RuntimeException {

        private final String field;
        private final String messageCode;

        FieldProblem(String field, String messageCode) {
            super(messageCode, null, false, false);
            this.field = field;
            this.messageCode = messageCode;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException malformed) {
            throw new FieldProblem(field, "judgments.form.date");
        }
    }

    private static String act(String caseId, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageCode);
            redirect.addFlashAttribute("problemArguments", new Object[0]);
            redirect.addFlashAttribute("problemField", problem.field);
        } catch (ErrorResponseException problem) {
            redirect.addFlashAttribute("problem", problem.getDetailMessageCode());
            redirect.addFlashAttribute("problemArguments", problem.getDetailMessageArguments());
            redirect.addFlashAttribute("problemField", fieldOf(problem.getDetailMessageCode()));
        }
        return "redirect:/staff/cases/" + DecisionViews.caseId(caseId) + "/decisions";
    }

    /** The problems about one field of the form name it last: {@code judgments.problem.invalid.document}. */
    private static @Nullable String fieldOf(@Nullable String code) {
        if ("judgments.problem.tooLarge".equals(code)) {
            return "document";
        }
        if (code == null || !code.startsWith("judgments.problem.invalid.")) {
            return null;
        }
        var field = code.substring("judgments.problem.invalid.".length());
        return switch (field) {
            case "document", "decidedOn" -> field;
            case "effect", "dates" -> "effectiveOn";
            default -> null;
        };
    }
}
