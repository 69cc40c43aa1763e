package org.smartcourt.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.delivery.application.ActOnService;
import org.smartcourt.delivery.application.AddressForm;
import org.smartcourt.delivery.application.AddressRejected;
import org.smartcourt.delivery.application.ConfirmServiceAddress;
import org.smartcourt.delivery.application.DeliveryProblem;
import org.smartcourt.delivery.application.IssuePublicNotice;
import org.smartcourt.delivery.application.IssueServiceCertificate;
import org.smartcourt.delivery.application.ListServices;
import org.smartcourt.delivery.application.PostDocument;
import org.smartcourt.delivery.application.ServeDocument;
import org.smartcourt.delivery.application.ShowCourtServices;
import org.smartcourt.delivery.application.ShowServiceAddresses;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.documents.StoredDocument;
import org.smartcourt.shared.CourtCode;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Service of documents: serve, list, read, download, confirm receipt, certificates, postal tracking, public notice and
 * service addresses. Every call is checked against the case and the service (a party sees only what was served on it,
 * staff only their court's) and audited.
 */
@RestController
@Tag(name = "Service of documents", description = "送达: electronic service with legal proof, post and public notice")
class ServiceApiController {

    private final ServeDocument serve;
    private final ListServices list;
    private final ActOnService act;
    private final IssueServiceCertificate certificates;
    private final PostDocument post;
    private final IssuePublicNotice notices;
    private final Addresses addresses;
    private final ShowCourtServices court;
    private final ServiceViews views;
    private final Clock clock;

    /** The address use cases and the messages their problems are written in. */
    record Addresses(ConfirmServiceAddress confirm, ShowServiceAddresses show, MessageSource messages) {}

    ServiceApiController(
            ServeDocument serve,
            ListServices list,
            ActOnService act,
            IssueServiceCertificate certificates,
            PostDocument post,
            IssuePublicNotice notices,
            ConfirmServiceAddress confirm,
            ShowServiceAddresses show,
            MessageSource messages,
            ShowCourtServices court,
            ServiceViews views,
            Clock clock) {
        this.serve = serve;
        this.list = list;
        this.act = act;
        this.certificates = certificates;
        this.post = post;
        this.notices = notices;
        this.addresses = new Addresses(confirm, show, messages);
        this.court = court;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/cases/{id}/services", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Serve an issued document on parties of the case (staff)",
            description = "One service per party, by the channels its service address allows; the messages go out at"
                    + " once. Honours Idempotency-Key.")
    ResponseEntity<List<ServiceViews.ServiceView>> serve(
            Authentication caller,
            @PathVariable String id,
            @Valid @RequestBody ServiceRequests.Serve body,
            Locale locale) {
        var caseId = Ids.caseId(id);
        var served = serve.byStaff(
                new ServeDocument.Request(
                        caseId, body.kind(), body.title(), orEmpty(body.parties()), orEmpty(body.roles())),
                Ids.hash(body.documentHash()),
                caller.getName());
        return created(
                caseId,
                served.stream().map(service -> views.of(service, locale)).toList());
    }

    @PostMapping(path = "/api/v1/cases/{id}/services", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a PDF and serve it on parties of the case (staff)",
            description = "The PDF is stored as it is, under the case. Honours Idempotency-Key.")
    ResponseEntity<List<ServiceViews.ServiceView>> serveUpload(
            Authentication caller,
            @PathVariable String id,
            @RequestPart("file") MultipartFile file,
            @RequestParam DocumentKind kind,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable List<String> parties,
            @RequestParam(required = false) @Nullable Set<PartyRole> roles,
            Locale locale)
            throws IOException {
        var caseId = Ids.caseId(id);
        var served = serve.byStaffUpload(
                new ServeDocument.Request(caseId, kind, title, orEmpty(parties), orEmpty(roles)),
                file.getBytes(),
                title == null ? "" : title,
                caller.getName());
        return created(
                caseId,
                served.stream().map(service -> views.of(service, locale)).toList());
    }

    @GetMapping("/api/v1/cases/{id}/services")
    @Operation(
            summary = "List the services of a case",
            description = "All of them for the court's staff; a party (or its lawyer) sees those served on it.")
    List<ServiceViews.ServiceView> services(Authentication caller, @PathVariable String id, Locale locale) {
        return list.ofCase(Ids.caseId(id), caller.getName()).stream()
                .map(service -> views.of(service, locale))
                .toList();
    }

    @GetMapping("/api/v1/services/{id}")
    @Operation(
            summary = "Show a service with its full trace",
            description = "Read by its recipient, this counts as the system reporting it read (在线诉讼规则 Art. 31 ¶2).")
    ServiceViews.ServiceView service(Authentication caller, @PathVariable String id, Locale locale) {
        return views.of(act.open(Ids.serviceId(id), caller.getName(), null).service(), locale);
    }

    @GetMapping(path = "/api/v1/services/{id}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download the served document", description = "Recorded as a download by the recipient.")
    ResponseEntity<byte[]> document(Authentication caller, @PathVariable String id) {
        var download = act.download(Ids.serviceId(id), caller.getName(), null);
        return pdf(download.document(), "document-" + id + ".pdf");
    }

    @PostMapping("/api/v1/services/{id}/receipt")
    @Operation(
            summary = "Confirm receipt (回复收悉), by the recipient",
            description = "Makes service effective (在线诉讼规则 Art. 31 ¶2(1)); signs for a mediation statement.")
    ServiceViews.ServiceView confirmReceipt(Authentication caller, @PathVariable String id, Locale locale) {
        return views.of(
                act.confirmReceipt(Ids.serviceId(id), caller.getName(), null).service(), locale);
    }

    @GetMapping(path = "/api/v1/services/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "Download the electronic service certificate (电子送达凭证)",
            description = "A PDF sealed by the court with the full trace; reissued when the trace has grown.")
    ResponseEntity<byte[]> certificate(Authentication caller, @PathVariable String id) {
        return pdf(
                certificates.certificate(Ids.serviceId(id), caller.getName(), null),
                "service-certificate-" + id + ".pdf");
    }

    @PostMapping("/api/v1/services/{id}/postal")
    @Operation(summary = "Record that the document was posted (法院专递), with its tracking number (staff)")
    ServiceViews.ServiceView posted(
            Authentication caller,
            @PathVariable String id,
            @Valid @RequestBody ServiceRequests.Posted body,
            Locale locale) {
        var service = post.posted(
                Ids.serviceId(id),
                caller.getName(),
                body.trackingNumber(),
                body.postedOn(),
                Ids.postal(body.postcode(), body.address(), body.phone()));
        return views.of(service, locale);
    }

    @PostMapping("/api/v1/services/{id}/postal/receipt")
    @Operation(summary = "Record the date of receipt on the return receipt (CPL Art. 91) (staff)")
    ServiceViews.ServiceView received(
            Authentication caller,
            @PathVariable String id,
            @Valid @RequestBody ServiceRequests.Received body,
            Locale locale) {
        return views.of(
                post.received(Ids.serviceId(id), caller.getName(), body.receivedOn(), body.signedByAddressee()),
                locale);
    }

    @PostMapping("/api/v1/services/{id}/postal/return")
    @Operation(summary = "Record that the letter came back undelivered, and why (staff)")
    ServiceViews.ServiceView returned(
            Authentication caller,
            @PathVariable String id,
            @Valid @RequestBody ServiceRequests.Returned body,
            Locale locale) {
        return views.of(post.returned(Ids.serviceId(id), caller.getName(), body.returnedOn(), body.reason()), locale);
    }

    @PostMapping("/api/v1/services/{id}/public-notice")
    @Operation(
            summary = "Serve by public notice (公告送达) (staff)",
            description = "Deemed served 30 days after issue, 60 abroad (CPL Art. 95, 283); not in summary procedure.")
    ServiceViews.ServiceView publicNotice(
            Authentication caller,
            @PathVariable String id,
            @Valid @RequestBody ServiceRequests.Notice body,
            Locale locale) {
        var issuedOn = body.issuedOn() == null ? LocalDate.now(clock) : body.issuedOn();
        return views.of(
                notices.issue(Ids.serviceId(id), caller.getName(), issuedOn, body.medium(), body.ground()), locale);
    }

    @GetMapping("/api/v1/cases/{id}/service-addresses")
    @Operation(
            summary = "Show the parties' service addresses (送达地址确认书) with their history",
            description = "Every party's for the court's staff, with the party references used to serve; a party's"
                    + " own otherwise.")
    List<ServiceViews.PartyAddressView> serviceAddresses(
            Authentication caller, @PathVariable String id, Locale locale) {
        return addresses.show().of(Ids.caseId(id), caller.getName()).stream()
                .map(party -> views.of(party, locale))
                .toList();
    }

    @PostMapping("/api/v1/cases/{id}/service-addresses")
    @Operation(
            summary = "Confirm or change a service address (送达地址确认书)",
            description = "A party confirms its own online; staff enter a party's (named by 'party') from the paper"
                    + " form. Kept per person and used for appeal and enforcement too (民诉解释 Art. 137).")
    ResponseEntity<ServiceViews.AddressView> confirmAddress(
            Authentication caller, @PathVariable String id, @RequestBody ServiceRequests.Address body, Locale locale) {
        var caseId = Ids.caseId(id);
        var form = new AddressForm(
                Boolean.TRUE.equals(body.consent()),
                orEmpty(body.channels()),
                body.email(),
                body.mobile(),
                body.postcode(),
                body.address(),
                body.phone(),
                Boolean.TRUE.equals(body.domicileAbroad()));
        try {
            var confirmation = addresses.confirm().confirm(caseId, caller.getName(), body.party(), form);
            return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/service-addresses"))
                    .body(views.of(confirmation, locale));
        } catch (AddressRejected rejected) {
            rejected.getBody().setProperty("errors", localized(rejected.problems(), locale));
            throw rejected;
        }
    }

    @GetMapping("/api/v1/staff/services")
    @Operation(
            summary = "The court's open service work and online service rate (staff)",
            description = "Automatic services that failed or wait, with the reason; services to post, posted,"
                    + " unreachable or with a refused message; the rate of services that took effect electronically.")
    ServiceViews.Overview overview(Authentication caller, @RequestParam String court, Locale locale) {
        var overview = this.court.of(courtCode(court), caller.getName());
        return new ServiceViews.Overview(
                overview.court().value(),
                views.of(overview.rate()),
                overview.automatic().stream()
                        .map(task -> views.of(task, locale))
                        .toList(),
                overview.attention().stream()
                        .map(service -> views.of(service, locale))
                        .toList(),
                overview.latestCases().stream().map(views::of).toList());
    }

    @GetMapping("/api/v1/staff/service-rate")
    @Operation(
            summary = "The court's online service rate (staff)",
            description = "Services that took effect through the inbox, e-mail or SMS, out of all that took effect.")
    ServiceViews.RateView rate(Authentication caller, @RequestParam String court) {
        return views.of(this.court.rate(courtCode(court), caller.getName()));
    }

    private List<Map<String, String>> localized(Map<String, String> problems, Locale locale) {
        return problems.entrySet().stream()
                .map(entry -> Map.of(
                        "field",
                        entry.getKey(),
                        "message",
                        addresses.messages().getMessage(entry.getValue(), null, entry.getValue(), locale)))
                .toList();
    }

    static CourtCode courtCode(String text) {
        try {
            return CourtCode.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw DeliveryProblem.notCourtStaff(text);
        }
    }

    private static ResponseEntity<List<ServiceViews.ServiceView>> created(
            java.util.UUID caseId, List<ServiceViews.ServiceView> body) {
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/services"))
                .body(body);
    }

    static ResponseEntity<byte[]> pdf(StoredDocument document, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> Set<T> orEmpty(@Nullable Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
