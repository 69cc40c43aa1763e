package org.smartcourt.documents.domain;

import java.util.Optional;
import org.smartcourt.documents.DocumentHash;

/** Every document the platform sealed. Entries are only ever added. */
public interface SealRegister {

    /** Adds the record; false when the verification code is already taken (draw another). */
    boolean add(SealRecord record);

    Optional<SealRecord> find(VerificationCode code);

    Optional<SealRecord> find(DocumentHash hash);
}
