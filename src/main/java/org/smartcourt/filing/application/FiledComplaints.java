package org.smartcourt.filing.application;

import java.util.Optional;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.filing.Complaints;
import org.smartcourt.filing.domain.Drafts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a case's complaint through the draft that was submitted for it. */
@Component
class FiledComplaints implements Complaints {

    private final Drafts drafts;

    FiledComplaints(Drafts drafts) {
        this.drafts = drafts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentHash> complaintOf(CaseId caseId) {
        return drafts.ofCase(caseId.value())
                .map(draft -> draft.complaintHash())
                .filter(hash -> hash != null && DocumentHash.isValid(hash))
                .map(DocumentHash::of);
    }
}
