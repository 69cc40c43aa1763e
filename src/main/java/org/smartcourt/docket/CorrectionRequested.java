package org.smartcourt.docket;

import java.time.Instant;
import java.time.LocalDate;

/** The court asked the filer, once, to correct the listed defects by the deadline (在线诉讼规则 Art. 9(2)). */
public record CorrectionRequested(CaseId caseId, int defects, LocalDate deadline, Instant requestedAt) {}
