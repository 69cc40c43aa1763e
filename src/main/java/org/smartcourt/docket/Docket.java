package org.smartcourt.docket;

import java.util.Optional;
import org.smartcourt.shared.CourtCode;

/**
 * The case file as other modules use it. {@code filing} opens a case when a filing is submitted and resubmits it after
 * a request for correction; other modules add nodes to a case's timeline.
 */
public interface Docket {

    /**
     * Opens a case in state FILED, records the node {@code docket.node.filed} and publishes {@link CaseFiled}. The
     * registration period (CPL Art. 126: 7 days) starts the day after.
     *
     * @throws org.springframework.web.ErrorResponseException with status 400 when the court or the case type is unknown
     */
    CaseId open(NewCase newCase);

    /**
     * Replaces the particulars of a case whose correction was requested and puts it back in the registration queue;
     * the registration period restarts the day after (民诉解释 Art. 126). Publishes {@link CaseResubmitted}. Court, type
     * and filer must stay the same.
     */
    void resubmit(CaseId caseId, NewCase corrected);

    /** Appends a node to the case's timeline; the timeline is append-only. */
    void recordNode(CaseId caseId, NewNode node);

    /** The outline of a case, for writing to its filer; empty when there is no such case. */
    Optional<CaseOutline> outline(CaseId caseId);

    /** The username of the person who filed the case; empty when there is no such case. */
    default Optional<String> filerOf(CaseId caseId) {
        return outline(caseId).map(CaseOutline::filer);
    }

    /**
     * How long the closed first-instance civil cases (民初) of a cause of action ({@code 民间借贷纠纷}) took at a court,
     * from registration to closing. Read-only; the figures identify no case, so anyone may be shown them.
     */
    ClosedCaseDurations closedCaseDurations(CourtCode court, String cause);
}
