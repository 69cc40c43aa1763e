package org.smartcourt.documents.application;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.documents.DocumentIssued;
import org.smartcourt.documents.IssuedDocument;
import org.smartcourt.documents.domain.DocumentCatalogue;
import org.smartcourt.documents.domain.DocumentRecord;
import org.smartcourt.documents.domain.DocumentStore;
import org.smartcourt.documents.domain.SealRecord;
import org.smartcourt.documents.domain.SealRegister;
import org.smartcourt.documents.domain.VerificationCode;
import org.smartcourt.documents.rendering.PdfRenderer;
import org.smartcourt.documents.rendering.SealedDocumentTemplate;
import org.smartcourt.documents.sealing.CourtSeals;
import org.smartcourt.documents.sealing.PdfSealer;
import org.smartcourt.shared.CourtCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Renders a document, seals it with the court's e-seal, stores it and records it under a fresh verification code. */
@Component
public class IssueSealedDocument {

    private static final String MEDIA_TYPE = "application/pdf";

    private final Printing printing;
    private final CourtSeals seals;
    private final Filing filing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final URI publicBaseUrl;
    private final SecureRandom random = new SecureRandom();

    /** How a document is put on paper and sealed. */
    record Printing(SealedDocumentTemplate template, PdfRenderer renderer, PdfSealer sealer) {}

    /** Where an issued document is kept. */
    record Filing(DocumentStore store, DocumentCatalogue catalogue, SealRegister register) {}

    IssueSealedDocument(
            SealedDocumentTemplate template,
            PdfRenderer renderer,
            PdfSealer sealer,
            CourtSeals seals,
            DocumentStore store,
            DocumentCatalogue catalogue,
            SealRegister register,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${smartcourt.public-base-url:http://localhost:8080}") URI publicBaseUrl) {
        this.printing = new Printing(template, renderer, sealer);
        this.seals = seals;
        this.filing = new Filing(store, catalogue, register);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Transactional
    public IssuedDocument issue(
            CourtCode court,
            String courtName,
            String title,
            String documentType,
            String xhtmlBody,
            @Nullable String caseReference) {
        var sealedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var code = unusedCode();
        var verifyUrl = verificationUrl(code);
        var html = printing.template()
                .fill(title, caseReference, xhtmlBody, courtName, sealedAt, code.value(), verifyUrl.toString());
        var sealed = printing.sealer()
                .seal(printing.renderer().render(html), seals.sealFor(court, courtName), sealedAt, title);

        var hash = filing.store().put(sealed);
        filing.catalogue()
                .add(new DocumentRecord(
                        hash, title, documentType, court.value(), MEDIA_TYPE, sealed.length, caseReference, sealedAt));
        if (!filing.register().add(new SealRecord(code, hash, court, courtName, title, sealedAt))) {
            throw new IllegalStateException("Verification code " + code + " was taken meanwhile");
        }
        audit.record(AuditRecord.of(court.value(), "documents.sealed", hash.value(), AuditOutcome.SUCCESS)
                .with("verificationCode", code.value())
                .with("documentType", documentType)
                .with("title", title));
        events.publishEvent(new DocumentIssued(hash, code.value(), court, documentType, caseReference, sealedAt));
        return new IssuedDocument(hash, code.value(), court, title, sealedAt, verifyUrl, sealed.length);
    }

    private VerificationCode unusedCode() {
        // 50 random bits: a collision is rare, but the register is the judge.
        for (var attempt = 0; attempt < 5; attempt++) {
            var code = VerificationCode.random(random);
            if (filing.register().find(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free verification code after five draws");
    }

    URI verificationUrl(VerificationCode code) {
        var base = publicBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/documents/verify?code=" + code.value());
    }
}
