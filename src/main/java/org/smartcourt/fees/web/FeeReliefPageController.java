package org.smartcourt.fees.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.api.ApiProblemException;
import org.smartcourt.fees.application.ApplyForFeeRelief;
import org.smartcourt.fees.application.DecideFeeRelief;
import org.smartcourt.fees.application.ReliefRejected;
import org.smartcourt.fees.application.ShowCaseFees;
import org.smartcourt.fees.application.ShowFeeRelief;
import org.smartcourt.fees.domain.ReliefGround;
import org.smartcourt.fees.domain.ReliefKind;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fee-relief pages: a plaintiff's side applies and follows its application on the case; the court's clerks,
 * judges and president see the pending applications of their courts and decide.
 */
@Controller
class FeeReliefPageController {

    private final ApplyForFeeRelief apply;
    private final DecideFeeRelief decide;
    private final ShowFeeRelief show;
    private final ShowCaseFees fees;
    private final ReliefTexts texts;
    private final MessageSource messages;

    FeeReliefPageController(
            ApplyForFeeRelief apply,
            DecideFeeRelief decide,
            ShowFeeRelief show,
            ShowCaseFees fees,
            ReliefTexts texts,
            MessageSource messages) {
        this.apply = apply;
        this.decide = decide;
        this.show = show;
        this.fees = fees;
        this.texts = texts;
        this.messages = messages;
    }

    /** What the applicant typed, to show again with the errors. */
    record ApplyForm(
            @Nullable String kind,
            List<String> grounds,
            @Nullable String reductionPercent,
            @Nullable String deferUntil,
            @Nullable String statement,
            @Nullable String party) {

        static ApplyForm empty() {
            return new ApplyForm(null, List.of(), null, null, null, null);
        }

        public boolean hasGround(String ground) {
            return grounds.contains(ground);
        }
    }

    /** What the decider typed. */
    record DecideForm(
            @Nullable String outcome,
            @Nullable String kind,
            @Nullable String reductionPercent,
            @Nullable String deferUntil,
            @Nullable String reasons) {}

    @GetMapping("/cases/{caseId}/fee-relief")
    String page(Authentication caller, @PathVariable String caseId, Locale locale, Model model) {
        return applyPage(caller, FeesApiController.id(caseId), ApplyForm.empty(), Map.of(), null, locale, model);
    }

    @PostMapping("/cases/{caseId}/fee-relief")
    String apply(
            Authentication caller,
            @PathVariable String caseId,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable List<String> grounds,
            @RequestParam(required = false) @Nullable String reductionPercent,
            @RequestParam(required = false) @Nullable String deferUntil,
            @RequestParam(required = false) @Nullable String statement,
            @RequestParam(required = false) @Nullable String party,
            @RequestParam(required = false) @Nullable List<MultipartFile> evidence,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var id = FeesApiController.id(caseId);
        var form = new ApplyForm(
                kind, grounds == null ? List.of() : grounds, reductionPercent, deferUntil, statement, party);
        try {
            apply.apply(
                    id,
                    caller.getName(),
                    new ApplyForFeeRelief.Request(
                            kind,
                            grounds,
                            reductionPercent,
                            deferUntil,
                            statement,
                            party,
                            FeeReliefApiController.uploads(evidence)));
        } catch (ReliefRejected rejected) {
            return applyPage(caller, id, form, errors(rejected, locale), null, locale, model);
        } catch (ApiProblemException problem) {
            if (problem.getStatusCode().value() == 403
                    || problem.getStatusCode().value() == 404) {
                throw problem;
            }
            return applyPage(caller, id, form, Map.of(), problem(problem, locale), locale, model);
        }
        redirect.addFlashAttribute("applied", true);
        return "redirect:/cases/" + id + "/fee-relief";
    }

    @GetMapping("/cases/{caseId}/fee-relief/{applicationId}/evidence/{hash}")
    ResponseEntity<byte[]> evidence(
            Authentication caller,
            @PathVariable String caseId,
            @PathVariable String applicationId,
            @PathVariable String hash) {
        return FeeReliefApiController.file(show.evidence(
                FeesApiController.id(caseId), FeesApiController.id(applicationId), hash, caller.getName()));
    }

    @GetMapping("/staff/fee-relief")
    String queue(Authentication caller, Model model) {
        model.addAttribute("applications", show.pendingFor(caller.getName()));
        return "fees/relief-queue";
    }

    @GetMapping("/staff/fee-relief/{caseId}/{applicationId}")
    String decision(
            Authentication caller,
            @PathVariable String caseId,
            @PathVariable String applicationId,
            Locale locale,
            Model model) {
        return decidePage(
                caller,
                FeesApiController.id(caseId),
                FeesApiController.id(applicationId),
                new DecideForm(null, null, null, null, null),
                Map.of(),
                null,
                locale,
                model);
    }

    @PostMapping("/staff/fee-relief/{caseId}/{applicationId}")
    String decide(
            Authentication caller,
            @PathVariable String caseId,
            @PathVariable String applicationId,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String reductionPercent,
            @RequestParam(required = false) @Nullable String deferUntil,
            @RequestParam(required = false) @Nullable String reasons,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var id = FeesApiController.id(caseId);
        var application = FeesApiController.id(applicationId);
        var form = new DecideForm(outcome, kind, reductionPercent, deferUntil, reasons);
        try {
            decide.decide(
                    id,
                    application,
                    caller.getName(),
                    new DecideFeeRelief.Decision(
                            outcome, "GRANT".equals(outcome) ? kind : null, reductionPercent, deferUntil, reasons));
        } catch (ReliefRejected rejected) {
            return decidePage(caller, id, application, form, errors(rejected, locale), null, locale, model);
        } catch (ApiProblemException problem) {
            if (problem.getStatusCode().value() == 403
                    || problem.getStatusCode().value() == 404) {
                throw problem;
            }
            return decidePage(caller, id, application, form, Map.of(), problem(problem, locale), locale, model);
        }
        redirect.addFlashAttribute("decided", true);
        return "redirect:/staff/fee-relief";
    }

    private String applyPage(
            Authentication caller,
            UUID caseId,
            ApplyForm form,
            Map<String, String> errors,
            @Nullable String problem,
            Locale locale,
            Model model) {
        var caseFees = fees.show(caseId, caller.getName());
        var applications = show.ofCase(caseId, caller.getName());
        var notice = caseFees.notices().isEmpty() ? null : caseFees.notices().get(0);
        model.addAttribute("caseId", caseId);
        model.addAttribute("notice", notice);
        model.addAttribute("applications", applications);
        model.addAttribute(
                "mayApply",
                notice != null
                        && notice.payable()
                        && show.mayApply(caseId, caller.getName())
                        && applications.stream().noneMatch(application -> application.pending()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        reference(model, locale);
        return "fees/relief";
    }

    private String decidePage(
            Authentication caller,
            UUID caseId,
            UUID applicationId,
            DecideForm form,
            Map<String, String> errors,
            @Nullable String problem,
            Locale locale,
            Model model) {
        var application = show.one(caseId, applicationId, caller.getName());
        var caseFees = fees.show(caseId, caller.getName());
        model.addAttribute("app", application);
        model.addAttribute(
                "notice",
                caseFees.notices().isEmpty() ? null : caseFees.notices().get(0));
        model.addAttribute("mayDecide", application.pending() && show.mayDecide(caseId, caller.getName()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        reference(model, locale);
        return "fees/relief-decide";
    }

    private void reference(Model model, Locale locale) {
        model.addAttribute("kinds", List.of(ReliefKind.WAIVER, ReliefKind.REDUCTION, ReliefKind.DEFERRAL));
        var grounds = new LinkedHashMap<ReliefKind, List<ReliefGround>>();
        for (var kind : List.of(ReliefKind.WAIVER, ReliefKind.REDUCTION, ReliefKind.DEFERRAL)) {
            grounds.put(
                    kind,
                    java.util.Arrays.stream(ReliefGround.values())
                            .filter(ground -> ground.kind() == kind)
                            .toList());
        }
        model.addAttribute("groundsByKind", grounds);
        var bases = new LinkedHashMap<String, String>();
        for (var ground : ReliefGround.values()) {
            bases.put(ground.name(), ReliefTexts.basis(ground, locale));
        }
        for (var kind : ReliefKind.values()) {
            bases.put(
                    kind.name(),
                    kind.basis()
                            .citation(
                                    FeeViews.english(locale)
                                            ? org.smartcourt.shared.Language.EN
                                            : org.smartcourt.shared.Language.ZH_CN));
        }
        model.addAttribute("bases", bases);
    }

    private Map<String, String> errors(ReliefRejected rejected, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var problem : rejected.problems()) {
            errors.merge(problem.field(), texts.message(problem, locale), (first, second) -> first + " " + second);
        }
        return errors;
    }

    private String problem(ApiProblemException problem, Locale locale) {
        var code = problem.getDetailMessageCode();
        return code == null
                ? String.valueOf(problem.getBody().getDetail())
                : messages.getMessage(code, problem.getDetailMessageArguments(), locale);
    }
}
