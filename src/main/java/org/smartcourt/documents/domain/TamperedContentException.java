package org.smartcourt.documents.domain;

import org.smartcourt.documents.DocumentHash;

/** Stored bytes no longer match the hash they were stored under: the storage was changed behind the platform's back. */
public class TamperedContentException extends IllegalStateException {

    public TamperedContentException(DocumentHash expected, DocumentHash actual) {
        super("Stored document " + expected + " now hashes to " + actual);
    }
}
