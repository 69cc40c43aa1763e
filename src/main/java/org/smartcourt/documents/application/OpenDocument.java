package org.smartcourt.documents.application;

import java.util.Optional;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.StoredDocument;
import org.smartcourt.documents.domain.DocumentCatalogue;
import org.smartcourt.documents.domain.DocumentStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a stored document with what is known of it. */
@Component
public class OpenDocument {

    private final DocumentCatalogue catalogue;
    private final DocumentStore store;

    OpenDocument(DocumentCatalogue catalogue, DocumentStore store) {
        this.catalogue = catalogue;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> open(DocumentHash hash) {
        return catalogue
                .find(hash)
                .flatMap(record -> store.get(hash)
                        .map(content -> new StoredDocument(
                                record.hash(),
                                record.title(),
                                record.documentType(),
                                record.issuer(),
                                record.mediaType(),
                                record.size(),
                                record.caseReference(),
                                record.createdAt(),
                                content)));
    }
}
