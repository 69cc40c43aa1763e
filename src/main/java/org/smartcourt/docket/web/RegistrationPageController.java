package org.smartcourt.docket.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.application.RefuseFiling;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.docket.application.RequestCorrection;
import org.smartcourt.docket.application.ShowRegistrationQueue;
import org.smartcourt.docket.domain.AssignmentMethod;
import org.smartcourt.docket.domain.CaseStatus;
import org.smartcourt.docket.domain.Defect;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clerk's registration queue with the three decisions as forms. */
@Controller
@RequestMapping("/staff/registration")
@PreAuthorize("hasAnyRole('CLERK', 'JUDGE', 'PRESIDENT')")
class RegistrationPageController {

    private final ShowRegistrationQueue queue;
    private final RegisterCase registerCase;
    private final RequestCorrection requestCorrection;
    private final RefuseFiling refuseFiling;
    private final CaseViews views;
    private final Clock clock;

    RegistrationPageController(
            ShowRegistrationQueue queue,
            RegisterCase registerCase,
            RequestCorrection requestCorrection,
            RefuseFiling refuseFiling,
            CaseViews views,
            Clock clock) {
        this.clock = clock;
        this.queue = queue;
        this.registerCase = registerCase;
        this.requestCorrection = requestCorrection;
        this.refuseFiling = refuseFiling;
        this.views = views;
    }

    @GetMapping
    String queue(Principal caller, @RequestParam(required = false) @Nullable String court, Model model) {
        model.addAttribute("court", court == null ? "" : court);
        model.addAttribute("methods", AssignmentMethod.values());
        model.addAttribute(
                "tomorrow",
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(1));
        if (court != null && !court.isBlank()) {
            model.addAttribute(
                    "entries",
                    queue.of(CaseApiController.courtCode(court.strip()), CaseStatus.FILED, caller.getName()).stream()
                            .map(views::summary)
                            .toList());
        }
        return "docket/registration";
    }

    @PostMapping("/{id}/registration")
    String register(
            Principal caller,
            @PathVariable String id,
            @RequestParam String court,
            @RequestParam(required = false) @Nullable AssignmentMethod method,
            RedirectAttributes redirect) {
        return decide(
                court,
                redirect,
                () -> registerCase.register(
                        CaseApiController.caseId(id), caller.getName(), new RegisterCase.Decision(method, null)));
    }

    @PostMapping("/{id}/correction-request")
    String requestCorrection(
            Principal caller,
            @PathVariable String id,
            @RequestParam String court,
            @RequestParam String defects,
            @RequestParam LocalDate deadline,
            RedirectAttributes redirect) {
        return decide(
                court,
                redirect,
                () -> requestCorrection.request(
                        CaseApiController.caseId(id),
                        caller.getName(),
                        lines(defects).stream()
                                .map(line -> new Defect(null, line))
                                .toList(),
                        deadline));
    }

    @PostMapping("/{id}/refusal")
    String refuse(
            Principal caller,
            @PathVariable String id,
            @RequestParam String court,
            @RequestParam String reasons,
            RedirectAttributes redirect) {
        return decide(
                court,
                redirect,
                () -> refuseFiling.refuse(CaseApiController.caseId(id), caller.getName(), lines(reasons)));
    }

    private static String decide(String court, RedirectAttributes redirect, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", true);
        } catch (ErrorResponseException problem) {
            redirect.addFlashAttribute("problem", problem.getDetailMessageCode());
            redirect.addFlashAttribute("problemArguments", problem.getDetailMessageArguments());
        } catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("problem", "docket.problem.invalidRequest.detail");
            redirect.addFlashAttribute("problemArguments", new Object[] {invalid.getMessage()});
        }
        redirect.addAttribute("court", court);
        return "redirect:/staff/registration";
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
