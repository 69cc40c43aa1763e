package org.smartcourt.fees.persistence;

import java.util.UUID;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.fees.application.CaseAccessCheck;
import org.springframework.stereotype.Component;

/** Asks the docket who is involved in a case; court staff are checked by the caller. */
@Component
class DocketCaseAccess implements CaseAccessCheck {

    private final Docket docket;

    DocketCaseAccess(Docket docket) {
        this.docket = docket;
    }

    @Override
    public boolean involves(UUID caseId, String username) {
        return docket.outline(new CaseId(caseId))
                .map(outline -> outline.involves(username))
                .orElse(false);
    }

    @Override
    public boolean actsForPlaintiff(UUID caseId, String username) {
        return docket.outline(new CaseId(caseId))
                .map(outline -> outline.actsForPlaintiff(username))
                .orElse(false);
    }
}
