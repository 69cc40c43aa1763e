package org.smartcourt.filing.application;

import java.time.Clock;
import java.util.UUID;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.smartcourt.filing.domain.ConcurrentDraftChange;
import org.smartcourt.filing.domain.DraftStatus;
import org.smartcourt.filing.domain.Drafts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Generates the complaint PDF of a complete draft in one click, and hands it out again to the draft's owner. */
@Component
public class GenerateComplaint {

    private final DraftAccess access;
    private final Drafts drafts;
    private final Schemas schemas;
    private final ComplaintRendering rendering;
    private final Documents documents;
    private final Clock clock;

    GenerateComplaint(
            DraftAccess access,
            Drafts drafts,
            Schemas schemas,
            ComplaintRendering rendering,
            Documents documents,
            Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.schemas = schemas;
        this.rendering = rendering;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    public DocumentHash generate(UUID id, String user) {
        var draft = access.load(id, user, "filing.complaint.generated");
        if (draft.status() != DraftStatus.DRAFT) {
            if (draft.complaintHash() != null) {
                return DocumentHash.of(draft.complaintHash());
            }
            throw FilingProblems.alreadySubmitted(id);
        }
        var hash = rendering.render(draft, schemas.of(draft));
        var loaded = draft.version();
        draft.complaintGenerated(hash.value(), clock.instant());
        try {
            drafts.save(draft, loaded);
        } catch (ConcurrentDraftChange e) {
            throw FilingProblems.changedMeanwhile(id);
        }
        return hash;
    }

    /** The PDF last generated for the draft. */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID id, String user) {
        var draft = access.load(id, user, "filing.complaint.read");
        if (draft.complaintHash() == null) {
            throw FilingProblems.noComplaint(id);
        }
        return documents
                .open(DocumentHash.of(draft.complaintHash()))
                .orElseThrow(() -> FilingProblems.noComplaint(id))
                .content();
    }
}
