package org.smartcourt.documents.application;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.domain.DocumentCatalogue;
import org.smartcourt.documents.domain.DocumentRecord;
import org.smartcourt.documents.domain.DocumentStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps a document as it is: the same bytes stored twice are one document, with the metadata of the first time. */
@Component
public class StoreDocument {

    private final DocumentStore store;
    private final DocumentCatalogue catalogue;
    private final Clock clock;

    StoreDocument(DocumentStore store, DocumentCatalogue catalogue, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public DocumentHash store(
            byte[] content,
            String title,
            String documentType,
            String issuer,
            String mediaType,
            @Nullable String caseReference) {
        var hash = store.put(content);
        catalogue.add(new DocumentRecord(
                hash, title, documentType, issuer, mediaType, content.length, caseReference, clock.instant()));
        return hash;
    }
}
