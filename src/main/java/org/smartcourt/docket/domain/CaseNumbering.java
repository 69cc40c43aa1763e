package org.smartcourt.docket.domain;

import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.CourtCode;

/** Hands out case serials without gaps or duplicates. */
public interface CaseNumbering {

    /**
     * The next serial for this court, year, specialised code and case type, starting at 1 (案号规定 Art. 9–10). Must be
     * called inside the registering transaction: a rollback gives the serial back.
     */
    long nextSerial(CourtCode court, int year, @Nullable String specialisedCode, String typeCode);
}
