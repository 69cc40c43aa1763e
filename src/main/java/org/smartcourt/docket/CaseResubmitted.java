package org.smartcourt.docket;

import java.time.Instant;

/** The filer sent the corrections asked for; the registration period restarts. */
public record CaseResubmitted(CaseId caseId, Instant resubmittedAt) {}
