package org.smartcourt.courts;

import java.util.List;
import java.util.Optional;
import org.smartcourt.shared.CourtCode;

/** The court registry as other modules see it: the official court list, case-type codes and courtrooms. */
public interface Courts {

    /** The court with this code, if it is on the list. */
    Optional<CourtSummary> find(CourtCode code);

    /** Whether a court with this code is on the list. */
    boolean exists(CourtCode code);

    /** The courts directly under this one, in hierarchy order; empty for a basic court or an unknown code. */
    List<CourtSummary> children(CourtCode code);

    /** The courts matching every criterion of the query, in hierarchy order (a high court before its courts). */
    List<CourtSummary> search(CourtQuery query);

    /** What this 类型代字 stands for, if it is a known one (for example {@code 民初}). */
    Optional<CaseTypeSummary> caseType(String typeCode);

    /** The courtrooms of a court, by name. */
    List<CourtroomSummary> courtrooms(CourtCode court);
}
