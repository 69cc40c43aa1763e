package org.smartcourt.docket.application;

import java.time.Clock;
import java.util.List;
import org.smartcourt.courts.Courts;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.domain.CaseLink;
import org.smartcourt.docket.domain.CourtCase;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens a case when a filing is submitted: state FILED, in the court's registration queue. */
@Component
public class OpenCase {

    private final Courts courts;
    private final CaseRecords records;
    private final Clock clock;

    OpenCase(Courts courts, CaseRecords records, Clock clock) {
        this.courts = courts;
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    public CaseId open(NewCase filing) {
        return open(filing, List.of());
    }

    @Transactional
    CaseId open(NewCase filing, List<CaseLink> links) {
        if (!courts.exists(filing.court())) {
            throw DocketProblem.unknownCourt(filing.court());
        }
        if (courts.caseType(filing.type().value()).isEmpty()) {
            throw DocketProblem.unknownCaseType(filing.type().value());
        }
        var courtCase = CourtCase.file(CaseId.random(), filing, clock.instant(), links);
        records.save(courtCase, filing.filer(), "docket.case.filed");
        return courtCase.id();
    }
}
