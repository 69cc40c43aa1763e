package org.smartcourt.docket.application;

import java.time.Clock;
import java.util.List;
import org.smartcourt.docket.CaseId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses to accept a case (不予受理, CPL Art. 126) with reasons. The ruling document is issued later by the documents
 * module from the {@code FilingRefused} event; the reasons are recorded now.
 */
@Component
public class RefuseFiling {

    private final CaseRecords records;
    private final CaseAccess access;
    private final Clock clock;

    RefuseFiling(CaseRecords records, CaseAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void refuse(CaseId id, String clerk, List<String> reasons) {
        var courtCase = records.load(id);
        var registrar = access.registrar(courtCase, clerk, "docket.case.refused");
        records.change(courtCase, c -> c.refuse(reasons, registrar, clock.instant()));
        records.save(courtCase, clerk, "docket.case.refused");
    }
}
