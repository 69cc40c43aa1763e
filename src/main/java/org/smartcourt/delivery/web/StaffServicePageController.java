package org.smartcourt.delivery.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.delivery.application.ActOnService;
import org.smartcourt.delivery.application.AddressRejected;
import org.smartcourt.delivery.application.ConfirmServiceAddress;
import org.smartcourt.delivery.application.DeliveryProblem;
import org.smartcourt.delivery.application.IssuePublicNotice;
import org.smartcourt.delivery.application.PostDocument;
import org.smartcourt.delivery.application.ServeDocument;
import org.smartcourt.delivery.application.ShowCaseServices;
import org.smartcourt.delivery.application.ShowCourtServices;
import org.smartcourt.delivery.domain.NoticeGround;
import org.smartcourt.delivery.domain.ReturnReason;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The court staff's service pages: the court's open service work with its online service rate, a case's services with
 * the form to serve a document, one service with the postal and public-notice steps, and a party's address entered
 * from the paper form.
 */
@Controller
@PreAuthorize("hasAnyRole('CLERK', 'JUDGE', 'PRESIDENT')")
class StaffServicePageController {

    private final ShowCourtServices court;
    private final ShowCaseServices sheet;
    private final ServeDocument serve;
    private final ActOnService act;
    private final Steps steps;
    private final ServiceViews views;
    private final MessageSource messages;
    private final Clock clock;

    /** The postal, public-notice and address steps. */
    record Steps(PostDocument post, IssuePublicNotice notices, ConfirmServiceAddress addresses) {}

    StaffServicePageController(
            ShowCourtServices court,
            ShowCaseServices sheet,
            ServeDocument serve,
            ActOnService act,
            PostDocument post,
            IssuePublicNotice notices,
            ConfirmServiceAddress addresses,
            ServiceViews views,
            MessageSource messages,
            Clock clock) {
        this.court = court;
        this.sheet = sheet;
        this.serve = serve;
        this.act = act;
        this.steps = new Steps(post, notices, addresses);
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/services")
    String overview(
            Principal caller, @RequestParam(required = false) @Nullable String court, Locale locale, Model model) {
        model.addAttribute("court", court == null ? "" : court.strip());
        if (court != null && !court.isBlank()) {
            try {
                var overview = this.court.of(ServiceApiController.courtCode(court), caller.getName());
                model.addAttribute("rate", views.of(overview.rate()));
                model.addAttribute(
                        "automatic",
                        overview.automatic().stream()
                                .map(task -> views.of(task, locale))
                                .toList());
                model.addAttribute(
                        "latestCases",
                        overview.latestCases().stream().map(views::of).toList());
                model.addAttribute(
                        "attention",
                        overview.attention().stream()
                                .map(service -> views.of(service, locale))
                                .toList());
            } catch (ErrorResponseException problem) {
                model.addAttribute("problem", problem.getDetailMessageCode());
                model.addAttribute("problemArguments", problem.getDetailMessageArguments());
            }
        }
        return "delivery/court";
    }

    @GetMapping("/staff/cases/{id}/services")
    String caseServices(@PathVariable String id, Principal caller, Locale locale, Model model) {
        var found = sheet.of(Ids.caseId(id), caller.getName());
        model.addAttribute("caseId", found.caseId());
        model.addAttribute(
                "caseNumber",
                found.facts().map(facts -> facts.caseNumber().toString()).orElse(null));
        model.addAttribute(
                "services",
                found.services().stream()
                        .map(service -> views.of(service, locale))
                        .toList());
        model.addAttribute(
                "automatic",
                found.automatic().stream().map(task -> views.of(task, locale)).toList());
        model.addAttribute(
                "parties",
                found.parties().stream().map(party -> views.of(party, locale)).toList());
        model.addAttribute("kinds", DocumentKind.values());
        return "delivery/case";
    }

    @PostMapping("/staff/cases/{id}/services")
    String serve(
            @PathVariable String id,
            Principal caller,
            @RequestParam DocumentKind kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "") String documentHash,
            @RequestParam(required = false) @Nullable List<String> parties,
            RedirectAttributes redirect)
            throws IOException {
        var caseId = Ids.caseId(id);
        var request = new ServeDocument.Request(
                caseId, kind, title.isBlank() ? null : title, parties == null ? List.of() : parties, Set.of());
        try {
            List<?> served;
            if (file != null && !file.isEmpty()) {
                served = serve.byStaffUpload(request, file.getBytes(), title, caller.getName());
            } else if (!documentHash.isBlank()) {
                served = serve.byStaff(request, Ids.hash(documentHash), caller.getName());
            } else {
                throw DeliveryProblem.invalid("file", "delivery.problem.noDocument");
            }
            redirect.addFlashAttribute("served", served.size());
        } catch (ErrorResponseException problem) {
            flash(redirect, problem);
        }
        return "redirect:/staff/cases/" + caseId + "/services";
    }

    @GetMapping("/staff/services/{id}")
    String service(@PathVariable String id, Principal caller, Locale locale, Model model) {
        var visit = act.open(Ids.serviceId(id), caller.getName(), null);
        model.addAttribute("service", views.of(visit.service(), locale));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("reasons", ReturnReason.values());
        model.addAttribute("grounds", NoticeGround.values());
        return "delivery/staff-service";
    }

    @PostMapping("/staff/services/{id}/postal")
    String posted(
            @PathVariable String id,
            Principal caller,
            @RequestParam String trackingNumber,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate postedOn,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String address,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                () -> steps.post()
                        .posted(
                                Ids.serviceId(id),
                                caller.getName(),
                                trackingNumber,
                                postedOn,
                                Ids.postal(postcode, address, null)));
    }

    @PostMapping("/staff/services/{id}/postal/receipt")
    String received(
            @PathVariable String id,
            Principal caller,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(defaultValue = "false") boolean signedByAddressee,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                () -> steps.post().received(Ids.serviceId(id), caller.getName(), receivedOn, signedByAddressee));
    }

    @PostMapping("/staff/services/{id}/postal/return")
    String returned(
            @PathVariable String id,
            Principal caller,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnedOn,
            @RequestParam ReturnReason reason,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> steps.post().returned(Ids.serviceId(id), caller.getName(), returnedOn, reason));
    }

    @PostMapping("/staff/services/{id}/public-notice")
    String publicNotice(
            @PathVariable String id,
            Principal caller,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(defaultValue = "") String medium,
            @RequestParam NoticeGround ground,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                () -> steps.notices().issue(Ids.serviceId(id), caller.getName(), issuedOn, medium, ground));
    }

    @GetMapping("/staff/cases/{id}/service-addresses/{party}")
    String partyAddress(
            @PathVariable String id, @PathVariable String party, Principal caller, Locale locale, Model model) {
        var caseId = Ids.caseId(id);
        var view = partyView(caseId, party, caller.getName(), locale);
        return PartyServicePageController.page(model, caseId, view, AddressFields.of(view.current()), Map.of(), true);
    }

    @PostMapping("/staff/cases/{id}/service-addresses/{party}")
    String enterPartyAddress(
            @PathVariable String id,
            @PathVariable String party,
            Principal caller,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(defaultValue = "false") boolean byEmail,
            @RequestParam(defaultValue = "false") boolean bySms,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String mobile,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "false") boolean abroad,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var caseId = Ids.caseId(id);
        var fields = new AddressFields(consent, byEmail, bySms, email, mobile, postcode, address, phone, abroad);
        try {
            steps.addresses().byClerk(caseId, party, caller.getName(), fields.form());
        } catch (AddressRejected rejected) {
            var view = partyView(caseId, party, caller.getName(), locale);
            return PartyServicePageController.page(
                    model, caseId, view, fields, AddressFields.messages(rejected.problems(), messages, locale), true);
        }
        redirect.addFlashAttribute("addressSaved", true);
        return "redirect:/staff/cases/" + caseId + "/services";
    }

    private ServiceViews.PartyAddressView partyView(
            java.util.UUID caseId, String party, String username, Locale locale) {
        return sheet.of(caseId, username).parties().stream()
                .filter(candidate -> candidate.reference().equals(party))
                .findFirst()
                .map(found -> views.of(found, locale))
                .orElseThrow(() -> DeliveryProblem.unknownParty(party));
    }

    private String step(String id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (ErrorResponseException problem) {
            flash(redirect, problem);
        }
        return "redirect:/staff/services/" + Ids.serviceId(id);
    }

    private static void flash(RedirectAttributes redirect, ErrorResponseException problem) {
        redirect.addFlashAttribute("problem", problem.getDetailMessageCode());
        redirect.addFlashAttribute("problemArguments", problem.getDetailMessageArguments());
        if (problem instanceof DeliveryProblem delivery && !delivery.field().isEmpty()) {
            redirect.addFlashAttribute("problemField", delivery.field());
        }
    }
}
