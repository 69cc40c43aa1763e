package org.smartcourt.delivery.domain;

import java.util.Objects;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.documents.DocumentHash;

/** The document served: its hash in the document store, its title and its kind. */
public record ServedDocument(DocumentHash hash, String title, DocumentKind kind) {

    public ServedDocument {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(kind, "kind");
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("A served document needs a title of at most 200 characters");
        }
        title = title.strip();
    }
}
