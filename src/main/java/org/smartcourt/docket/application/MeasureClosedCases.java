package org.smartcourt.docket.application;

import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.ClosedCaseDurations;
import org.smartcourt.docket.domain.CaseDurations;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long first-instance civil cases (民初) of a cause took at a court. Not audited: the figures are aggregates that
 * identify no case and no person.
 */
@Component
class MeasureClosedCases {

    private static final CaseTypeCode CIVIL_FIRST_INSTANCE = CaseTypeCode.of("民初");

    private final CaseDurations durations;

    MeasureClosedCases(CaseDurations durations) {
        this.durations = durations;
    }

    @Transactional(readOnly = true)
    ClosedCaseDurations firstInstance(CourtCode court, String cause) {
        return durations.closed(court, CIVIL_FIRST_INSTANCE, cause);
    }
}
