package org.smartcourt.docket.application;

import java.time.Clock;
import java.util.List;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.domain.Actor;
import org.smartcourt.docket.domain.CaseLink;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.LinkKind;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/** Opens a case that follows a registered one (appeal, enforcement) and links the two both ways. */
@Component
class FollowUpCases {

    private final CaseRecords records;
    private final OpenCase openCase;
    private final Clock clock;

    FollowUpCases(CaseRecords records, OpenCase openCase, Clock clock) {
        this.records = records;
        this.openCase = openCase;
        this.clock = clock;
    }

    CaseId open(
            CourtCase earlier, Actor actor, LinkKind kind, CourtCode court, CaseTypeCode type, Procedure procedure) {
        if (earlier.number() == null) {
            throw DocketProblem.invalidRequest("Only a registered case can be followed by an appeal or enforcement");
        }
        var later = openCase.open(
                new NewCase(
                        court,
                        type,
                        procedure,
                        earlier.cause(),
                        earlier.amount(),
                        earlier.parties(),
                        earlier.representatives(),
                        actor.username()),
                List.of(new CaseLink(kind, CaseLink.Direction.BEFORE, earlier.id())));
        records.change(earlier, c -> c.followedBy(kind, later, actor, clock.instant()));
        records.save(earlier, actor.username(), "docket.case.followedBy." + kind);
        return later;
    }
}
