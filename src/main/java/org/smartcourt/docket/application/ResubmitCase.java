package org.smartcourt.docket.application;

import java.time.Clock;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.domain.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Takes the corrected particulars after a request for correction; the registration period restarts. */
@Component
public class ResubmitCase {

    private final CaseRecords records;
    private final Clock clock;

    ResubmitCase(CaseRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    public void resubmit(CaseId id, NewCase corrected) {
        var courtCase = records.load(id);
        records.change(
                courtCase, c -> c.resubmit(corrected, Actor.of(corrected.filer(), ActorRole.FILER), clock.instant()));
        records.save(courtCase, corrected.filer(), "docket.case.resubmitted");
    }
}
