package org.smartcourt.delivery.domain;

import java.util.Optional;
import java.util.UUID;

/** The registered cases service knows of. */
public interface RegisteredCases {

    /** Keeps the case unless it is known; true when it was new. */
    boolean add(CaseFacts facts);

    Optional<CaseFacts> find(UUID caseId);

    Optional<CaseFacts> withNumber(String caseNumber);

    /** The court's cases registered most recently, the latest first. */
    java.util.List<CaseFacts> latestAt(org.smartcourt.shared.CourtCode court, int limit);

    /** Records the hash of a document another module issued for the case (the fee notice), once per kind. */
    void keepDocument(String caseNumber, String kind, String hash);

    Optional<String> document(String caseNumber, String kind);
}
