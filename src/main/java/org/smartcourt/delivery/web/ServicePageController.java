package org.smartcourt.delivery.web;

import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.application.ActOnService;
import org.smartcourt.delivery.application.IssueServiceCertificate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page a service message links to: the document served, where service stands, and the download. Reached by the
 * signed-in recipient (or its lawyer, or the court's staff), or by anyone holding the secret link of one of the
 * service's messages — a recipient without an account opens it so. The path is public; each request is checked here.
 */
@Controller
class ServicePageController {

    private final ActOnService act;
    private final IssueServiceCertificate certificates;
    private final ServiceViews views;

    ServicePageController(ActOnService act, IssueServiceCertificate certificates, ServiceViews views) {
        this.act = act;
        this.certificates = certificates;
        this.views = views;
    }

    @GetMapping("/services/{id}")
    String show(
            @PathVariable String id,
            @RequestParam(name = "access", required = false) @Nullable String access,
            @Nullable Principal caller,
            Locale locale,
            Model model) {
        if (caller == null && (access == null || access.isBlank())) {
            return "redirect:/login";
        }
        var visit = act.open(Ids.serviceId(id), name(caller), access);
        var service = views.of(visit.service(), locale);
        model.addAttribute("service", service);
        model.addAttribute("recipient", visit.visitor().recipient());
        model.addAttribute(
                "replied",
                visit.service().interactions().stream()
                        .anyMatch(interaction ->
                                interaction.kind() == org.smartcourt.delivery.domain.InteractionKind.REPLIED));
        model.addAttribute("access", access);
        model.addAttribute("documentUrl", withAccess(service.links().document(), access));
        model.addAttribute("certificateUrl", withAccess(service.links().certificate(), access));
        model.addAttribute("caseUrl", caller == null ? null : "/cases/" + service.caseId());
        return "delivery/service";
    }

    @GetMapping("/services/{id}/document")
    ResponseEntity<byte[]> document(
            @PathVariable String id,
            @RequestParam(name = "access", required = false) @Nullable String access,
            @Nullable Principal caller) {
        var download = act.download(Ids.serviceId(id), name(caller), access);
        return ServiceApiController.pdf(download.document(), "document-" + id + ".pdf");
    }

    @GetMapping("/services/{id}/certificate")
    ResponseEntity<byte[]> certificate(
            @PathVariable String id,
            @RequestParam(name = "access", required = false) @Nullable String access,
            @Nullable Principal caller) {
        return ServiceApiController.pdf(
                certificates.certificate(Ids.serviceId(id), name(caller), access),
                "service-certificate-" + id + ".pdf");
    }

    @PostMapping("/services/{id}/receipt")
    String confirmReceipt(
            @PathVariable String id,
            @RequestParam(name = "access", required = false) @Nullable String access,
            @Nullable Principal caller,
            RedirectAttributes redirect) {
        act.confirmReceipt(Ids.serviceId(id), name(caller), access);
        redirect.addFlashAttribute("confirmed", true);
        return "redirect:" + withAccess("/services/" + id, access);
    }

    private static @Nullable String name(@Nullable Principal caller) {
        return caller == null ? null : caller.getName();
    }

    static String withAccess(String path, @Nullable String access) {
        if (access == null || access.isBlank()) {
            return path;
        }
        return UriComponentsBuilder.fromPath(path)
                .queryParam("access", access.strip())
                .build()
                .encode()
                .toUriString();
    }
}
