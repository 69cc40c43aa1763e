package org.smartcourt.courts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the loaded reference lists are kept. Every method runs in the caller's transaction. */
public interface ReferenceData {

    /** Waits until no other node is loading, and keeps the others waiting until this transaction ends. */
    void lockForLoading();

    /** The checksum of the files last loaded as this dataset. */
    Optional<String> checksum(String dataset);

    /** Inserts new courts and updates changed ones; courts missing from the list are kept. */
    void saveCourts(List<Court> courts);

    /** Makes the stored case types exactly these. */
    void replaceCaseTypes(List<CaseType> caseTypes);

    void recordLoad(String dataset, String checksum, int rows, Instant loadedAt);
}
