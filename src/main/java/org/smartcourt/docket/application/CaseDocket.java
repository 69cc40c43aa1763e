package org.smartcourt.docket.application;

import java.util.Optional;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseOutline;
import org.smartcourt.docket.ClosedCaseDurations;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.NewNode;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/** The {@link Docket} façade, each method a use case of its own. */
@Component
class CaseDocket implements Docket {

    private final OpenCase openCase;
    private final ResubmitCase resubmitCase;
    private final RecordNode recordNode;
    private final OutlineCase outlineCase;
    private final MeasureClosedCases measureClosedCases;

    CaseDocket(
            OpenCase openCase,
            ResubmitCase resubmitCase,
            RecordNode recordNode,
            OutlineCase outlineCase,
            MeasureClosedCases measureClosedCases) {
        this.outlineCase = outlineCase;
        this.measureClosedCases = measureClosedCases;
        this.openCase = openCase;
        this.resubmitCase = resubmitCase;
        this.recordNode = recordNode;
    }

    @Override
    public CaseId open(NewCase newCase) {
        return openCase.open(newCase);
    }

    @Override
    public void resubmit(CaseId caseId, NewCase corrected) {
        resubmitCase.resubmit(caseId, corrected);
    }

    @Override
    public void recordNode(CaseId caseId, NewNode node) {
        recordNode.record(caseId, node);
    }

    @Override
    public Optional<CaseOutline> outline(CaseId caseId) {
        return outlineCase.outline(caseId);
    }

    @Override
    public ClosedCaseDurations closedCaseDurations(CourtCode court, String cause) {
        return measureClosedCases.firstInstance(court, cause);
    }
}
