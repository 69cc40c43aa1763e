package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.ReliefApplication;
import org.smartcourt.fees.domain.ReliefRules;
import org.smartcourt.fees.domain.ReliefTerms;
import org.smartcourt.fees.domain.RoundingPolicy;
import org.smartcourt.fees.ledger.LedgerTransaction;
import org.smartcourt.fees.payment.PaymentProperties;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.JdbcLedger;
import org.smartcourt.fees.persistence.JudgeTasks;
import org.smartcourt.fees.persistence.ReliefApplications;
import org.smartcourt.identity.Role;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court decides on an application for fee relief: it grants relief, possibly of another form or percentage than
 * asked, or refuses it with written reasons (Art. 48 ¶3). A grant changes the fee notice — nothing to pay after a
 * waiver, the reduced amount after a reduction (the rest written off in the ledger), a later deadline after a deferral —
 * and a refusal leaves the fee due. Deciding the same way again changes nothing.
 *
 * <p>Who decides: the case's court's clerks (the registry deciding at registration, Art. 49), its judges and its
 * president, as for the other fee tasks. The Measures require no approval by the president.
 */
@Component
public class DecideFeeRelief {

    static final Set<Role> DECIDERS = Set.of(Role.CLERK, Role.JUDGE, Role.PRESIDENT);

    /** The decision as typed: {@code GRANT} with the relief granted, or {@code REFUSE} with the reasons. */
    public record Decision(
            @Nullable String outcome,
            @Nullable String kind,
            @Nullable String reductionPercent,
            @Nullable String deferUntil,
            @Nullable String reasons) {}

    private final ReliefApplications applications;
    private final FeeNotices notices;
    private final JdbcLedger ledger;
    private final FeeAccess access;
    private final JudgeTasks tasks;
    private final Docket docket;
    private final AuditTrail audit;
    private final CourtCalendar calendar;
    private final PaymentProperties payment;
    private final RoundingPolicy rounding;
    private final ApplicationEventPublisher events;
    private final RemindFeeDue reminder;
    private final Clock clock;

    DecideFeeRelief(
            ReliefApplications applications,
            FeeNotices notices,
            JdbcLedger ledger,
            FeeAccess access,
            JudgeTasks tasks,
            Docket docket,
            AuditTrail audit,
            CourtCalendar calendar,
            PaymentProperties payment,
            FeesProperties fees,
            ApplicationEventPublisher events,
            RemindFeeDue reminder,
            Clock clock) {
        this.events = events;
        this.reminder = reminder;
        this.applications = applications;
        this.notices = notices;
        this.ledger = ledger;
        this.access = access;
        this.tasks = tasks;
        this.docket = docket;
        this.audit = audit;
        this.calendar = calendar;
        this.payment = payment;
        this.rounding = new RoundingPolicy(fees.roundingScale(), fees.roundingMode());
        this.clock = clock;
    }

    @Transactional
    public ReliefApplication decide(UUID caseId, UUID applicationId, String username, Decision decision) {
        var court = access.read(caseId, username);
        var application = applications
                .lock(applicationId)
                .filter(found -> found.caseId().equals(caseId))
                .orElseThrow(() -> FeesProblem.notFound(applicationId));
        if (!access.decidesRelief(username, court) || username.equals(application.applicant())) {
            audit.record(AuditRecord.of(username, "fees.relief.decide", caseId.toString(), AuditOutcome.DENIED)
                    .with("application", applicationId.toString()));
            throw FeesProblem.notReliefDecider(court);
        }
        var problems = new ArrayList<ReliefRejected.FieldProblem>();
        var grant = outcome(decision.outcome(), problems);
        var input = new ReliefInput(problems);
        ReliefTerms granted = null;
        if (Boolean.TRUE.equals(grant)) {
            var kind = input.kind(decision.kind());
            var percent = input.percent(decision.reductionPercent());
            var until = input.date(decision.deferUntil());
            granted = kind == null ? null : new ReliefTerms(kind, percent, until);
        }
        var reasons = decision.reasons() == null || decision.reasons().isBlank()
                ? null
                : decision.reasons().strip();
        if (!application.pending()) {
            if (problems.isEmpty() && sameAs(application, grant, granted, reasons)) {
                return application; // the same decision again: already taken
            }
            throw FeesProblem.reliefDecided(application.status().name());
        }
        var notice = notices.lock(application.noticeId()).orElseThrow();
        var today = LocalDate.now(clock);
        if (Boolean.TRUE.equals(grant) && granted != null) {
            ReliefRules.checkGrant(granted, application.naturalPerson(), notice.deadline(), today)
                    .forEach(violation -> problems.add(ReliefRejected.FieldProblem.of(violation)));
        } else if (Boolean.FALSE.equals(grant)) {
            ReliefRules.checkRefusal(reasons)
                    .forEach(violation -> problems.add(ReliefRejected.FieldProblem.of(violation)));
        }
        if (!problems.isEmpty() || grant == null) {
            throw new ReliefRejected(problems);
        }
        if (grant && !notice.payable()) {
            throw FeesProblem.reliefNotOpen(notice.status().name()); // paid meanwhile: only a refusal remains
        }
        if (grant) {
            grant(application, notice, Objects.requireNonNull(granted), reasons, username, today);
        } else {
            refuse(application, notice, Objects.requireNonNull(reasons), username, today);
        }
        tasks.done(caseId, "FEE_RELIEF", clock.instant());
        tasks.done(caseId, "FEE_UNPAID", clock.instant()); // the fee is due anew, or not at all
        audit.record(AuditRecord.of(username, "fees.relief.decide", caseId.toString(), AuditOutcome.SUCCESS)
                .with("application", applicationId.toString())
                .with("outcome", grant ? "GRANTED" : "REFUSED")
                .with("kind", granted == null ? "" : granted.kind().name()));
        events.publishEvent(new TellApplicant.ReliefDecided(applicationId));
        return applications.find(applicationId).orElseThrow();
    }

    private void grant(
            ReliefApplication application,
            FeeNotice notice,
            ReliefTerms granted,
            @Nullable String reasons,
            String decider,
            LocalDate today) {
        var due = granted.amountDue(notice.amount(), rounding).min(notice.amountDue());
        var writtenOff = notice.amountDue().minus(due);
        FeeNotice.Status status;
        LocalDate deadline;
        List<String> arguments;
        switch (granted.kind()) {
            case WAIVER -> {
                status = FeeNotice.Status.WAIVED;
                deadline = notice.deadline();
                arguments = List.of(writtenOff.toString());
            }
            case DEFERRAL -> {
                status = FeeNotice.Status.UNPAID;
                deadline = Objects.requireNonNull(granted.deferUntil());
                arguments = List.of(deadline.toString(), due.toString());
            }
            default -> {
                status = FeeNotice.Status.UNPAID;
                deadline = freshDeadline(notice, today);
                arguments = List.of(String.valueOf(granted.reductionPercent()), due.toString(), deadline.toString());
            }
        }
        notices.relieve(notice.id(), due, deadline, status);
        reminder.reschedule(notice, due, deadline, status);
        if (writtenOff.isGreaterThan(Money.ZERO)) {
            // Art. 44: what the court waives or reduces is not collected
            ledger.book(
                    LedgerTransaction.writeOff(
                            application.caseId(), application.id().toString(), writtenOff),
                    clock.instant());
        }
        applications.decide(
                application.id(), ReliefApplication.Status.GRANTED, granted, reasons, decider, clock.instant());
        node(application, decider, "fees.node.reliefGranted." + granted.kind().name(), arguments);
    }

    private void refuse(
            ReliefApplication application, FeeNotice notice, String reasons, String decider, LocalDate today) {
        var deadline = notice.payable() ? freshDeadline(notice, today) : notice.deadline();
        if (notice.payable()) {
            notices.relieve(notice.id(), notice.amountDue(), deadline, FeeNotice.Status.UNPAID);
        }
        applications.decide(
                application.id(), ReliefApplication.Status.REFUSED, null, reasons, decider, clock.instant());
        node(
                application,
                decider,
                "fees.node.reliefRefused",
                List.of(notice.amountDue().toString(), deadline.toString()));
    }

    /**
     * The party learns only now what to pay, so it gets the notice period again from the decision, unless the
     * current deadline is later (Art. 22 ¶1 applied to the decision; our reading, the Measures are silent).
     */
    private LocalDate freshDeadline(FeeNotice notice, LocalDate today) {
        var fresh = calendar.lastDayOf(today, payment.noticeDays());
        return fresh.isAfter(notice.deadline()) ? fresh : notice.deadline();
    }

    private void node(ReliefApplication application, String decider, String code, List<String> arguments) {
        var role = access.holds(decider, application.court(), Role.CLERK)
                ? ActorRole.CLERK
                : access.holds(decider, application.court(), Role.JUDGE) ? ActorRole.JUDGE : ActorRole.PRESIDENT;
        docket.recordNode(
                new CaseId(application.caseId()),
                new NewNode(role, access.staffName(decider).orElse(null), code, arguments, List.of(), null));
    }

    private static @Nullable Boolean outcome(@Nullable String text, List<ReliefRejected.FieldProblem> problems) {
        var outcome = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (outcome) {
            case "GRANT", "GRANTED" -> Boolean.TRUE;
            case "REFUSE", "REFUSED" -> Boolean.FALSE;
            default -> {
                problems.add(ReliefInput.problem("outcome", "fees.relief.error.outcomeRequired"));
                yield null;
            }
        };
    }

    private static boolean sameAs(
            ReliefApplication application,
            @Nullable Boolean grant,
            @Nullable ReliefTerms granted,
            @Nullable String reasons) {
        if (Boolean.TRUE.equals(grant)) {
            return application.status() == ReliefApplication.Status.GRANTED
                    && Objects.equals(application.granted(), granted);
        }
        return Boolean.FALSE.equals(grant)
                && application.status() == ReliefApplication.Status.REFUSED
                && Objects.equals(application.reasons(), reasons);
    }
}
