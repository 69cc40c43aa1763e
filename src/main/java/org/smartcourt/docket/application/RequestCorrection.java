package org.smartcourt.docket.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.Defect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Asks the filer, once, to correct every defect by a deadline (在线诉讼规则 Art. 9(2)). */
@Component
public class RequestCorrection {

    private final CaseRecords records;
    private final CaseAccess access;
    private final Clock clock;

    RequestCorrection(CaseRecords records, CaseAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void request(CaseId id, String clerk, List<Defect> defects, LocalDate deadline) {
        var courtCase = records.load(id);
        var registrar = access.registrar(courtCase, clerk, "docket.case.correctionRequested");
        var now = clock.instant();
        var today = now.atZone(DocketConfiguration.COURT_ZONE).toLocalDate();
        records.change(courtCase, c -> c.requestCorrection(defects, deadline, today, registrar, now));
        records.save(courtCase, clerk, "docket.case.correctionRequested");
    }
}
