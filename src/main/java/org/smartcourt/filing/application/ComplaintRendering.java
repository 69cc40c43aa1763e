package org.smartcourt.filing.application;

import org.smartcourt.courts.Courts;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.smartcourt.filing.domain.ComplaintLayout;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.ElementCheck;
import org.smartcourt.filing.domain.ElementSchema;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/**
 * Lays out a complete draft as the element-based complaint, renders it without a seal (a party's pleading) and stores
 * it once by its hash.
 */
@Component
class ComplaintRendering {

    static final String DOCUMENT_TYPE = "complaint";

    private final Documents documents;
    private final Courts courts;
    private final Schemas schemas;

    ComplaintRendering(Documents documents, Courts courts, Schemas schemas) {
        this.documents = documents;
        this.courts = courts;
        this.schemas = schemas;
    }

    DocumentHash render(Draft draft, ElementSchema schema) {
        var today = schemas.today();
        ElementsRejected.throwIfAny(
                ElementCheck.check(schema, draft.answers(), today, ElementCheck.Completeness.COMPLETE));
        var pdf = documents.renderUnsealed(ComplaintLayout.xhtml(schema, draft.answers(), courtName(draft), today));
        return documents.store(pdf, schema.complaintTitle(), DOCUMENT_TYPE, draft.owner(), "application/pdf", null);
    }

    String courtName(Draft draft) {
        var code = CourtCode.of(draft.court());
        return courts.find(code).map(court -> court.name()).orElse(draft.court());
    }
}
