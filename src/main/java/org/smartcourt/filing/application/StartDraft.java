package org.smartcourt.filing.application;

import java.time.Clock;
import org.smartcourt.courts.Courts;
import org.smartcourt.filing.domain.Draft;
import org.smartcourt.filing.domain.Drafts;
import org.smartcourt.filing.domain.Violation;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Starts a draft at the court the filer chose, following the version of the type's schema in force today. */
@Component
public class StartDraft {

    private final Drafts drafts;
    private final Schemas schemas;
    private final Courts courts;
    private final Clock clock;

    StartDraft(Drafts drafts, Schemas schemas, Courts courts, Clock clock) {
        this.drafts = drafts;
        this.schemas = schemas;
        this.courts = courts;
        this.clock = clock;
    }

    @Transactional
    public Draft start(String owner, String court, String type) {
        if (!CourtCode.isValid(court) || !courts.exists(CourtCode.of(court))) {
            throw new ElementsRejected(java.util.List.of(Violation.of("court", "filing.error.court")));
        }
        var schema = schemas.current(type);
        var draft = Draft.start(owner, CourtCode.of(court).value(), schema, clock.instant());
        drafts.add(draft);
        return draft;
    }
}
