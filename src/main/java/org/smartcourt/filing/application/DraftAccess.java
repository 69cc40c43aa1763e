package org.smartcourt.filing.application;

import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.Drafts;
import org.springframework.stereotype.Component;

/** Loads a draft for its owner only; every access and every refusal is audited. */
@Component
class DraftAccess {

    private final Drafts drafts;
    private final AuditTrail audit;

    DraftAccess(Drafts drafts, AuditTrail audit) {
        this.drafts = drafts;
        this.audit = audit;
    }

    Draft load(UUID id, String user, String action) {
        var draft = drafts.find(id).orElseThrow(() -> FilingProblems.draftNotFound(id.toString()));
        if (!draft.isOwnedBy(user)) {
            audit.record(AuditRecord.of(user, action, "draft:" + id, AuditOutcome.DENIED));
            throw FilingProblems.notYourDraft(id);
        }
        audit.record(AuditRecord.of(user, action, "draft:" + id, AuditOutcome.SUCCESS));
        return draft;
    }
}
