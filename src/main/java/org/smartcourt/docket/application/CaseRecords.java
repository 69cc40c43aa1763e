package org.smartcourt.docket.application;

import java.util.function.Consumer;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.domain.ConcurrentCaseChange;
import org.smartcourt.docket.domain.CorrectionAlreadyRequested;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.CourtCases;
import org.smartcourt.docket.domain.IllegalCaseTransition;
import org.smartcourt.docket.domain.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads cases and records their changes in one go: the case, its new timeline nodes, its events (into the outbox,
 * in the caller's transaction) and an audit entry per change. Turns the domain's refusals into problems.
 */
@Component
class CaseRecords {

    private final CourtCases cases;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    CaseRecords(CourtCases cases, Timeline timeline, ApplicationEventPublisher events, AuditTrail audit) {
        this.cases = cases;
        this.timeline = timeline;
        this.events = events;
        this.audit = audit;
    }

    CourtCase load(CaseId id) {
        return cases.find(id).orElseThrow(() -> DocketProblem.caseNotFound(id.toString()));
    }

    /** Applies the change to the case, translating the domain's refusals. */
    void change(CourtCase courtCase, Consumer<CourtCase> change) {
        try {
            change.accept(courtCase);
        } catch (IllegalCaseTransition illegal) {
            throw DocketProblem.illegalTransition(illegal);
        } catch (CorrectionAlreadyRequested once) {
            throw DocketProblem.correctionAlreadyRequested(courtCase.id());
        } catch (IllegalArgumentException invalid) {
            throw DocketProblem.invalidRequest(invalid.getMessage());
        }
    }

    /** Stores the case and everything it recorded; {@code actor} and {@code action} go to the audit log. */
    void save(CourtCase courtCase, String actor, String action) {
        try {
            cases.save(courtCase);
        } catch (ConcurrentCaseChange concurrent) {
            throw DocketProblem.concurrentChange(courtCase.id());
        }
        courtCase.newNodes().forEach(timeline::append);
        courtCase.events().forEach(events::publishEvent);
        courtCase.clearChanges();
        audit.record(AuditRecord.of(actor, action, courtCase.id().toString(), AuditOutcome.SUCCESS)
                .with("status", courtCase.status().name())
                .with("court", courtCase.court().value()));
    }
}
