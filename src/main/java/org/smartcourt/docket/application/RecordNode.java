package org.smartcourt.docket.application;

import java.time.Clock;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.NewNode;
import org.smartcourt.docket.domain.CaseNode;
import org.smartcourt.docket.domain.Timeline;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adds another module's node (document served, fee paid…) to a case's timeline. */
@Component
public class RecordNode {

    private final CaseRecords records;
    private final Timeline timeline;
    private final Clock clock;

    RecordNode(CaseRecords records, Timeline timeline, Clock clock) {
        this.records = records;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public void record(CaseId id, NewNode node) {
        records.load(id);
        timeline.append(new CaseNode(
                id,
                clock.instant(),
                node.actorRole(),
                node.actorName(),
                null,
                node.messageCode(),
                node.arguments(),
                node.documents(),
                node.deadline()));
    }
}
