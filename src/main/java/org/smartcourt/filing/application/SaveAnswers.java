package org.smartcourt.filing.application;

import java.time.Clock;
import java.util.UUID;
import org.smartcourt.filing.domain.Answers;
import org.smartcourt.filing.domain.ConcurrentDraftChange;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.DraftStatus;
import org.smartcourt.filing.domain.Drafts;
import org.smartcourt.filing.domain.ElementCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the answers of a draft. What is there must be readable and consistent (no negative amount, no loan date after
 * today); what is missing may come later: completeness is checked when the complaint is generated or filed.
 */
@Component
public class SaveAnswers {

    private final DraftAccess access;
    private final Drafts drafts;
    private final Schemas schemas;
    private final Clock clock;

    SaveAnswers(DraftAccess access, Drafts drafts, Schemas schemas, Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.schemas = schemas;
        this.clock = clock;
    }

    @Transactional
    public Draft save(UUID id, String user, Answers answers) {
        var draft = access.load(id, user, "filing.draft.changed");
        if (draft.status() != DraftStatus.DRAFT) {
            throw FilingProblems.alreadySubmitted(id);
        }
        ElementsRejected.throwIfAny(
                ElementCheck.check(schemas.of(draft), answers, schemas.today(), ElementCheck.Completeness.DRAFT));
        var loaded = draft.version();
        draft.answer(answers, clock.instant());
        try {
            drafts.save(draft, loaded);
        } catch (ConcurrentDraftChange e) {
            throw FilingProblems.changedMeanwhile(id);
        }
        return drafts.find(id).orElseThrow();
    }
}
