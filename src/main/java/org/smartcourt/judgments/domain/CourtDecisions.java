package org.smartcourt.judgments.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;

/** The stored decisions. */
public interface CourtDecisions {

    /** Stores a new decision; false when this document is already recorded for this case. */
    boolean add(CourtDecision decision);

    /**
     * Stores the decision's new state if it was still in {@code expected} (another node may have settled it first);
     * returns whether it was stored.
     */
    boolean update(CourtDecision decision, DecisionStatus expected);

    Optional<CourtDecision> find(UUID id);

    Optional<CourtDecision> find(CaseId caseId, DocumentHash document);

    /** The case's decisions, oldest first. */
    List<CourtDecision> ofCase(CaseId caseId);

    /** Every decision still waiting for its appeal period, oldest first. */
    List<CourtDecision> awaitingEffect();
}
