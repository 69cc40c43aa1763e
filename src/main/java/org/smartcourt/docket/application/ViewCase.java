package org.smartcourt.docket.application;

import java.util.List;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.CaseAccessPolicy;
import org.smartcourt.docket.domain.CaseNode;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.Timeline;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows a case and its timeline to someone the access policy lets see it; every read is audited. */
@Component
public class ViewCase {

    /** A case with its timeline, and why the viewer may see it. */
    public record CaseFile(CourtCase courtCase, List<CaseNode> timeline, CaseAccessPolicy.Basis basis) {}

    private final CaseRecords records;
    private final CaseAccess access;
    private final Timeline timeline;

    ViewCase(CaseRecords records, CaseAccess access, Timeline timeline) {
        this.records = records;
        this.access = access;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    public CaseFile view(CaseId id, String viewer) {
        var courtCase = records.load(id);
        var basis = access.read(courtCase, viewer);
        return new CaseFile(courtCase, timeline.of(id), basis);
    }
}
