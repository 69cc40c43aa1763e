package org.smartcourt.documents;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.application.IssueSealedDocument;
import org.smartcourt.documents.application.OpenDocument;
import org.smartcourt.documents.application.StoreDocument;
import org.smartcourt.documents.rendering.PdfRenderer;
import org.smartcourt.documents.rendering.PlainDocumentTemplate;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/** What other modules (delivery, filing, fees, judgments) may ask of the document store and the court e-seals. */
@Component
public class Documents {

    private final IssueSealedDocument issuing;
    private final OpenDocument opening;
    private final StoreDocument storing;
    private final PlainDocumentTemplate plainTemplate;
    private final PdfRenderer renderer;

    Documents(
            IssueSealedDocument issuing,
            OpenDocument opening,
            StoreDocument storing,
            PlainDocumentTemplate plainTemplate,
            PdfRenderer renderer) {
        this.issuing = issuing;
        this.opening = opening;
        this.storing = storing;
        this.plainTemplate = plainTemplate;
        this.renderer = renderer;
    }

    /**
     * Renders a whole XHTML page to a PDF with the bundled Chinese font, without a seal: for what parties write
     * (a complaint, an answer), which the court must not seal. Nothing is stored; {@link #store} keeps the result.
     *
     * @param xhtmlPage a well-formed XHTML document produced by the platform, naming the font as {@code font-family:
     *     'WenQuanYi Micro Hei'}
     */
    public byte[] renderUnsealed(String xhtmlPage) {
        return renderer.render(xhtmlPage);
    }

    /**
     * Renders the body on the court's document page, seals it with the court's e-seal, stores it, and publishes
     * {@link DocumentIssued}. The PDF carries a verification code and a QR code to the public verification page.
     *
     * @param courtName the court's full name, as printed and put in its seal certificate on first use
     * @param documentType a code for the kind of document, e.g. {@code service-receipt}, {@code judgment}
     * @param xhtmlBody well-formed XHTML for the body, produced by the platform (it is not escaped)
     * @param caseReference the case number text, printed under the title, when the document belongs to a case
     */
    public IssuedDocument issueSealed(
            CourtCode court,
            String courtName,
            String title,
            String documentType,
            String xhtmlBody,
            @Nullable String caseReference) {
        return issuing.issue(court, courtName, title, documentType, xhtmlBody, caseReference);
    }

    /**
     * Renders a PDF for reading and printing, with the bundled Chinese font, without seal or verification code and
     * without storing it (a published judgment, for example).
     *
     * @param xhtmlBody well-formed XHTML for the body; it is not escaped, so text from elsewhere must be escaped first
     */
    public byte[] renderUnsealed(String title, @Nullable String caseReference, String xhtmlBody) {
        return renderer.render(plainTemplate.fill(title, caseReference, xhtmlBody));
    }

    /** Stores a document as it is (an uploaded pleading, evidence) and returns its hash. */
    public DocumentHash store(
            byte[] content,
            String title,
            String documentType,
            String issuer,
            String mediaType,
            @Nullable String caseReference) {
        return storing.store(content, title, documentType, issuer, mediaType, caseReference);
    }

    /** The document with this hash, its bytes checked against the hash; empty when there is none. */
    public Optional<StoredDocument> open(DocumentHash hash) {
        return opening.open(hash);
    }
}
