package org.smartcourt.docket.domain;

import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.ClosedCaseDurations;
import org.smartcourt.shared.CourtCode;

/** Statistics over closed cases, computed where the cases are stored. */
public interface CaseDurations {

    /** From registration to closing, for the closed cases of this court, case type and cause of action. */
    ClosedCaseDurations closed(CourtCode court, CaseTypeCode type, String cause);
}
