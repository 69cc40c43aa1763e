package org.smartcourt.documents.domain;

import java.util.Optional;
import org.smartcourt.documents.DocumentHash;

/** Keeps document bytes by their SHA-256. Storing the same bytes twice stores them once; nothing is ever replaced. */
public interface DocumentStore {

    DocumentHash put(byte[] content);

    /** The bytes, checked against their hash on the way out. */
    Optional<byte[]> get(DocumentHash hash);

    boolean exists(DocumentHash hash);
}
