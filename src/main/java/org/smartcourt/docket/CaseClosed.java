package org.smartcourt.docket;

import java.time.Instant;

/** A case was closed (结案). */
public record CaseClosed(CaseId caseId, Instant closedAt) {}
