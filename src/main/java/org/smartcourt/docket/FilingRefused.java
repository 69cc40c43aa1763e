package org.smartcourt.docket;

import java.time.Instant;
import java.util.List;

/**
 * The court refused to accept the case (不予受理, CPL Art. 126); the documents module is to issue the ruling with these
 * reasons.
 */
public record FilingRefused(CaseId caseId, List<String> reasons, Instant refusedAt) {

    public FilingRefused {
        reasons = List.copyOf(reasons);
    }
}
