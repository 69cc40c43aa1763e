package org.smartcourt.docket.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.domain.CaseStatus;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.CourtCases;
import org.smartcourt.docket.domain.CourtStaff;
import org.smartcourt.docket.domain.RegistrationPeriod;
import org.smartcourt.docket.domain.StaffRole;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A court's cases in one state, the longest waiting first, with the last day of the registration period and the days
 * left (CPL Art. 126). Only the court's staff see it.
 */
@Component
public class ShowRegistrationQueue {

    /** One case of the queue. */
    public record Entry(CourtCase courtCase, LocalDate lastDay, long daysLeft) {}

    private final CourtCases cases;
    private final CourtStaff staff;
    private final RegistrationPeriod period;
    private final AuditTrail audit;
    private final Clock clock;

    ShowRegistrationQueue(
            CourtCases cases, CourtStaff staff, RegistrationPeriod period, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.staff = staff;
        this.period = period;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Entry> of(CourtCode court, CaseStatus status, String username) {
        if (!staff.isStaffOf(username, court, StaffRole.CLERK, StaffRole.JUDGE, StaffRole.PRESIDENT)) {
            audit.record(AuditRecord.of(username, "docket.queue.read", court.value(), AuditOutcome.DENIED));
            throw DocketProblem.notCourtStaff(court);
        }
        audit.record(AuditRecord.of(username, "docket.queue.read", court.value(), AuditOutcome.SUCCESS)
                .with("status", status.name()));
        var today = clock.instant().atZone(period.zone()).toLocalDate();
        return cases.atCourt(court, status).stream()
                .map(courtCase -> new Entry(courtCase, period.lastDayFor(courtCase), period.daysLeft(courtCase, today)))
                .toList();
    }
}
