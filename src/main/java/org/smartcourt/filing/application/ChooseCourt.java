package org.smartcourt.filing.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smartcourt.courts.Courts;
import org.smartcourt.filing.domain.ConcurrentDraftChange;
import org.smartcourt.filing.domain.DraftStatus;
import org.smartcourt.filing.domain.Drafts;
import org.smartcourt.filing.domain.Violation;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The filer changes the court a draft is addressed to; the platform's suggestions are only suggestions. */
@Component
public class ChooseCourt {

    private final DraftAccess access;
    private final Drafts drafts;
    private final Courts courts;
    private final Clock clock;

    ChooseCourt(DraftAccess access, Drafts drafts, Courts courts, Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.courts = courts;
        this.clock = clock;
    }

    @Transactional
    public void choose(UUID id, String user, String court) {
        var draft = access.load(id, user, "filing.draft.changed");
        if (draft.status() != DraftStatus.DRAFT) {
            throw FilingProblems.alreadySubmitted(id);
        }
        if (!CourtCode.isValid(court) || !courts.exists(CourtCode.of(court))) {
            throw new ElementsRejected(List.of(Violation.of("court", "filing.error.court")));
        }
        var loaded = draft.version();
        draft.moveTo(CourtCode.of(court).value(), clock.instant());
        try {
            drafts.save(draft, loaded);
        } catch (ConcurrentDraftChange e) {
            throw FilingProblems.changedMeanwhile(id);
        }
    }
}
