package org.smartcourt.docket.web;

import java.security.Principal;
import java.util.Locale;
import org.smartcourt.docket.application.ListMyCases;
import org.smartcourt.docket.application.ViewCase;
import org.smartcourt.docket.application.WithdrawCase;
import org.smartcourt.docket.domain.CaseAccessPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The parties' pages: their cases, and one case with its timeline. */
@Controller
class CasePageController {

    private final ListMyCases listMyCases;
    private final ViewCase viewCase;
    private final WithdrawCase withdrawCase;
    private final CaseAccessPolicy policy;
    private final CaseViews views;

    CasePageController(
            ListMyCases listMyCases,
            ViewCase viewCase,
            WithdrawCase withdrawCase,
            CaseAccessPolicy policy,
            CaseViews views) {
        this.listMyCases = listMyCases;
        this.viewCase = viewCase;
        this.withdrawCase = withdrawCase;
        this.policy = policy;
        this.views = views;
    }

    @GetMapping("/cases")
    String myCases(Principal caller, Model model) {
        model.addAttribute(
                "cases",
                listMyCases.of(caller.getName()).stream().map(views::summary).toList());
        return "docket/cases";
    }

    @GetMapping("/cases/{id}")
    String show(Principal caller, @PathVariable String id, Locale locale, Model model) {
        var file = viewCase.view(CaseApiController.caseId(id), caller.getName());
        var courtCase = file.courtCase();
        model.addAttribute("case", views.detail(courtCase));
        model.addAttribute("timeline", views.timeline(file.timeline(), locale));
        model.addAttribute(
                "mayWithdraw", !courtCase.status().isFinal() && policy.mayWithdraw(caller.getName(), courtCase));
        model.addAttribute("courtStaff", file.basis() == CaseAccessPolicy.Basis.COURT_STAFF);
        return "docket/case";
    }

    @PostMapping("/cases/{id}/withdrawal")
    String withdraw(Principal caller, @PathVariable String id, RedirectAttributes redirect) {
        try {
            withdrawCase.withdraw(CaseApiController.caseId(id), caller.getName());
            redirect.addFlashAttribute("done", true);
        } catch (ErrorResponseException problem) {
            redirect.addFlashAttribute("problem", problem.getDetailMessageCode());
            redirect.addFlashAttribute("problemArguments", problem.getDetailMessageArguments());
        }
        return "redirect:/cases/" + id;
    }
}
