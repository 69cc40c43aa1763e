package org.smartcourt.docket.domain;

import java.util.List;
import org.smartcourt.docket.CaseId;

/** The append-only timelines of the cases. */
public interface Timeline {

    void append(CaseNode node);

    /** The nodes of the case in the order they were recorded. */
    List<CaseNode> of(CaseId caseId);
}
