package org.smartcourt.documents.domain;

import java.util.Optional;
import org.smartcourt.documents.DocumentHash;

/** The metadata of stored documents. Entries are only ever added. */
public interface DocumentCatalogue {

    /** Adds the entry unless one with the same hash exists; returns the entry that is kept. */
    DocumentRecord add(DocumentRecord record);

    Optional<DocumentRecord> find(DocumentHash hash);
}
