package org.smartcourt.docket.domain;

import java.util.List;
import java.util.Optional;
import org.smartcourt.docket.CaseId;
import org.smartcourt.shared.CourtCode;

/** The cases of the docket. */
public interface CourtCases {

    Optional<CourtCase> find(CaseId id);

    /**
     * Stores a new case or the changes of a loaded one.
     *
     * @throws ConcurrentCaseChange when someone else changed the case since it was loaded
     */
    void save(CourtCase courtCase);

    /** The cases of a court in this state, the longest waiting first (by the time their materials arrived). */
    List<CourtCase> atCourt(CourtCode court, CaseStatus status);

    /** The cases the user filed, is a party to (linked account) or represents, newest first. */
    List<CourtCase> involving(String username);
}
