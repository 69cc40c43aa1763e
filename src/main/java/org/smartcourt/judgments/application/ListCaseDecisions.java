package org.smartcourt.judgments.application;

import java.util.List;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.Docket;
import org.smartcourt.judgments.domain.CourtDecision;
import org.smartcourt.judgments.domain.CourtDecisions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The decisions of a case, for the clerks and president of its court; the read is audited. */
@Component
public class ListCaseDecisions {

    static final String ACTION = "judgments.decisions.read";

    /** The case as the clerk identifies it, and its decisions, oldest first. */
    public record CaseDecisions(CaseOutline outline, List<CourtDecision> decisions) {}

    private final Docket docket;
    private final CourtDecisions decisions;
    private final DecisionAccess access;
    private final AuditTrail audit;

    ListCaseDecisions(Docket docket, CourtDecisions decisions, DecisionAccess access, AuditTrail audit) {
        this.docket = docket;
        this.decisions = decisions;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CaseDecisions of(CaseId caseId, String username) {
        var outline = docket.outline(caseId).orElseThrow(() -> JudgmentsProblem.caseNotFound(caseId.toString()));
        access.check(outline, username, ACTION);
        audit.record(AuditRecord.of(username, ACTION, caseId.toString(), AuditOutcome.SUCCESS));
        return new CaseDecisions(outline, decisions.ofCase(caseId));
    }
}
