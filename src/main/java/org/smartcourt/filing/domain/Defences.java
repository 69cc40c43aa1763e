package org.smartcourt.filing.domain;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where the defendants' answers are kept, one per case and defendant. */
public interface Defences {

    /** A defendant's answer to a case, with the hash of the answer PDF last generated. */
    record Stored(Defence defence, @Nullable String answerHash) {}

    Optional<Stored> find(UUID caseId, String defendant);

    void save(UUID caseId, String defendant, UUID draftId, Defence defence, @Nullable String answerHash);
}
