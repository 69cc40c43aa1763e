package org.smartcourt.documents;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored document and what is known of it. Documents never change: a new version is a new document with a new hash.
 *
 * @param issuer the court code of the issuing court, or the username of whoever uploaded it
 * @param caseReference the case it belongs to, as the case number text, when known
 */
public record StoredDocument(
        DocumentHash hash,
        String title,
        String documentType,
        String issuer,
        String mediaType,
        long size,
        @Nullable String caseReference,
        Instant createdAt,
        byte[] content) {

    public StoredDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
