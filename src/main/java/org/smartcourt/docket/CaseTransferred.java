package org.smartcourt.docket;

import java.time.Instant;
import org.smartcourt.shared.CourtCode;

/** A case was transferred to another court (移送, CPL Art. 37). */
public record CaseTransferred(CaseId caseId, CourtCode toCourt, Instant transferredAt) {}
