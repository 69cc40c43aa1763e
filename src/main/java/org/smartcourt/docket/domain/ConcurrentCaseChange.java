package org.smartcourt.docket.domain;

import org.smartcourt.docket.CaseId;

/** Someone else changed the case between loading and saving it; the caller may reload and retry. */
public class ConcurrentCaseChange extends RuntimeException {

    public ConcurrentCaseChange(CaseId id) {
        super("Case " + id + " was changed concurrently");
    }
}
