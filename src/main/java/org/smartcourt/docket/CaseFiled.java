package org.smartcourt.docket;

import java.time.Instant;
import org.smartcourt.shared.CourtCode;

/** A case was filed (or an appeal or enforcement case opened) and awaits registration review. */
public record CaseFiled(CaseId caseId, CourtCode court, String typeCode, String filer, Instant filedAt) {}
