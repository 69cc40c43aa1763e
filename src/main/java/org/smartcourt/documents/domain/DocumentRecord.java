package org.smartcourt.documents.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.smartcourt.documents.DocumentHash;

/** What the platform knows of a stored document, besides its bytes. */
public record DocumentRecord(
        DocumentHash hash,
        String title,
        String documentType,
        String issuer,
        String mediaType,
        long size,
        @Nullable String caseReference,
        Instant createdAt) {

    public DocumentRecord {
        requireText(title, "title");
        requireText(documentType, "documentType");
        requireText(issuer, "issuer");
        requireText(mediaType, "mediaType");
        if (size < 0) {
            throw new IllegalArgumentException("A document cannot have a negative size");
        }
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A document needs a " + name);
        }
    }
}
