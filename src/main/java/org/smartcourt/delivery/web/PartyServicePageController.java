package org.smartcourt.delivery.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.smartcourt.delivery.application.AddressRejected;
import org.smartcourt.delivery.application.ConfirmServiceAddress;
import org.smartcourt.delivery.application.ListServices;
import org.smartcourt.delivery.application.ShowServiceAddresses;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A party's pages: the documents served on it in a case, and its service address confirmation (送达地址确认书). */
@Controller
class PartyServicePageController {

    private final ListServices list;
    private final ShowServiceAddresses show;
    private final ConfirmServiceAddress confirm;
    private final ServiceViews views;
    private final MessageSource messages;
    private final org.smartcourt.delivery.application.DeliveryAccess access;

    PartyServicePageController(
            ListServices list,
            ShowServiceAddresses show,
            ConfirmServiceAddress confirm,
            ServiceViews views,
            MessageSource messages,
            org.smartcourt.delivery.application.DeliveryAccess access) {
        this.access = access;
        this.list = list;
        this.show = show;
        this.confirm = confirm;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/services")
    String services(@PathVariable String id, Principal caller, Locale locale, Model model) {
        var caseId = Ids.caseId(id);
        if (isStaff(caseId, caller)) {
            return "redirect:/staff/cases/" + caseId + "/services";
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute(
                "services",
                list.ofCase(caseId, caller.getName()).stream()
                        .map(service -> views.of(service, locale))
                        .toList());
        return "delivery/my-services";
    }

    @GetMapping("/cases/{id}/service-address")
    String address(@PathVariable String id, Principal caller, Locale locale, Model model) {
        var caseId = Ids.caseId(id);
        if (isStaff(caseId, caller)) {
            return "redirect:/staff/cases/" + caseId + "/services";
        }
        var party = show.of(caseId, caller.getName()).get(0);
        var view = views.of(party, locale);
        return page(model, caseId, view, AddressFields.of(view.current()), Map.of(), false);
    }

    @PostMapping("/cases/{id}/service-address")
    String confirmAddress(
            @PathVariable String id,
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
            confirm.byParty(caseId, caller.getName(), null, fields.form());
        } catch (AddressRejected rejected) {
            var party = views.of(show.of(caseId, caller.getName()).get(0), locale);
            return page(
                    model, caseId, party, fields, AddressFields.messages(rejected.problems(), messages, locale), false);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cases/" + caseId + "/service-address";
    }

    /** Court staff who follow a party's link land on their own page of the case. */
    private boolean isStaff(java.util.UUID caseId, Principal caller) {
        return access.isStaffAt(caller.getName(), access.outline(caseId).court());
    }

    static String page(
            Model model,
            java.util.UUID caseId,
            ServiceViews.PartyAddressView party,
            AddressFields fields,
            Map<String, String> errors,
            boolean clerk) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("party", party);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("clerk", clerk);
        model.addAttribute(
                "action",
                clerk
                        ? "/staff/cases/" + caseId + "/service-addresses/" + party.party()
                        : "/cases/" + caseId + "/service-address");
        return "delivery/address";
    }
}
