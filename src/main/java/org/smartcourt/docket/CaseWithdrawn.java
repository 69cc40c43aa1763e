package org.smartcourt.docket;

import java.time.Instant;

/** The filer or a plaintiff withdrew the case (撤诉 / 撤回起诉) before it was closed. */
public record CaseWithdrawn(CaseId caseId, Instant withdrawnAt) {}
