package org.smartcourt.filing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where drafts are kept. */
public interface Drafts {

    void add(Draft draft);

    Optional<Draft> find(UUID id);

    /** The owner's drafts, the most recently changed first. */
    List<Draft> of(String owner);

    /**
     * Saves the draft if it still has the version it was loaded with (or {@code expectedVersion}), and its
     * attachments.
     *
     * @throws ConcurrentDraftChange when somebody saved or submitted it meanwhile
     */
    void save(Draft draft, long expectedVersion);

    /** The submitted draft whose case this is. */
    Optional<Draft> ofCase(UUID caseId);
}
