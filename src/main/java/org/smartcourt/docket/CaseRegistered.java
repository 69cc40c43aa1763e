package org.smartcourt.docket;

import java.time.Instant;
import java.util.List;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;

/**
 * A case was registered (立案) and has its case number; fees and service of documents start from here.
 *
 * @param plaintiffs the plaintiffs' names
 * @param defendants the defendants' names
 */
public record CaseRegistered(
        CaseId caseId,
        CaseNumber caseNumber,
        CourtCode court,
        Procedure procedure,
        CauseOfAction cause,
        AmountInDispute amount,
        List<String> plaintiffs,
        List<String> defendants,
        Instant registeredAt) {

    public CaseRegistered {
        plaintiffs = List.copyOf(plaintiffs);
        defendants = List.copyOf(defendants);
    }
}
