package org.smartcourt.delivery.application;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.domain.AddressBook;
import org.smartcourt.delivery.domain.Certificates;
import org.smartcourt.delivery.domain.ServiceCertificate;
import org.smartcourt.delivery.domain.Services;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.smartcourt.documents.StoredDocument;
import org.springframework.stereotype.Component;

/**
 * The electronic service certificate (电子送达凭证) of a service, sealed by the court: issued when first asked for, and
 * issued anew when the trace has grown since (a certificate is immutable, like every document). The court's staff, the
 * recipient and the recipient's lawyer may have it.
 */
@Component
public class IssueServiceCertificate {

    static final String DOCUMENT_TYPE = "service-certificate";

    private final Services services;
    private final Certificates certificates;
    private final AddressBook addresses;
    private final Documents documents;
    private final DeliveryAccess access;
    private final ServiceTexts texts;
    private final OneSealAtATime gate;
    private final Clock clock;

    IssueServiceCertificate(
            Services services,
            Certificates certificates,
            AddressBook addresses,
            Documents documents,
            DeliveryAccess access,
            ServiceTexts texts,
            OneSealAtATime gate,
            Clock clock) {
        this.services = services;
        this.certificates = certificates;
        this.addresses = addresses;
        this.documents = documents;
        this.access = access;
        this.texts = texts;
        this.gate = gate;
        this.clock = clock;
    }

    /** @param token the secret of one of the service's links, for a recipient without an account */
    public StoredDocument certificate(UUID id, @Nullable String username, @Nullable String token) {
        var service = services.find(id).orElseThrow(() -> DeliveryProblem.noSuchService(id.toString()));
        var byLink = token != null && service.channelWithToken(token.strip()).isPresent();
        if (byLink) {
            access.recorded(
                    "link",
                    "delivery.certificate.read",
                    id.toString(),
                    "case",
                    service.caseId().toString());
        } else if (username != null) {
            access.read(username, service, "delivery.certificate.read");
        } else {
            throw DeliveryProblem.noSuchService(id.toString());
        }
        var size = service.traceSize();
        var hash = certificates
                .find(id, size)
                .orElseGet(() -> gate.run(() -> {
                    var confirmation = service.confirmationId() == null
                            ? null
                            : addresses.find(service.confirmationId()).orElse(null);
                    var courtName = texts.courtName(service);
                    var body = new ServiceCertificate(
                                    service, confirmation, courtName, clock.instant(), clock.getZone())
                            .xhtmlBody();
                    var issued = documents.issueSealed(
                            service.court(),
                            courtName,
                            ServiceCertificate.TITLE,
                            DOCUMENT_TYPE,
                            body,
                            service.caseNumber());
                    certificates.add(id, size, issued.hash().value());
                    return issued.hash().value();
                }));
        return documents.open(DocumentHash.of(hash)).orElseThrow(() -> DeliveryProblem.unknownDocument(hash));
    }
}
