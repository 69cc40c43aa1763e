package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.Refund;
import org.smartcourt.fees.domain.RefundGround;
import org.smartcourt.fees.payment.PaymentProperties;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.Refunds;
import org.smartcourt.identity.Role;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clerk of the case's court proposes a refund (the maker); the amount is computed by rule, never typed in. A refund
 * already due on the ground (after a withdrawal) is the one proposed.
 */
@Component
public class ProposeRefund {

    private final FeeNotices notices;
    private final Refunds refunds;
    private final RefundCalculation calculation;
    private final FeeAccess access;
    private final CourtCalendar calendar;
    private final PaymentProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    ProposeRefund(
            FeeNotices notices,
            Refunds refunds,
            RefundCalculation calculation,
            FeeAccess access,
            CourtCalendar calendar,
            PaymentProperties properties,
            AuditTrail audit,
            Clock clock) {
        this.notices = notices;
        this.refunds = refunds;
        this.calculation = calculation;
        this.access = access;
        this.calendar = calendar;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param effectiveOn the day the document giving rise to the refund took effect; null: today
     * @param reducedClaims the claims after a reduction, for {@link RefundGround#CLAIMS_REDUCED}
     */
    @Transactional
    public Refund propose(
            UUID caseId,
            String clerk,
            RefundGround ground,
            @Nullable LocalDate effectiveOn,
            @Nullable List<Money> reducedClaims) {
        var court = access.read(caseId, clerk);
        if (!access.holds(clerk, court, Role.CLERK)) {
            audit.record(AuditRecord.of(clerk, "fees.refund.propose", caseId.toString(), AuditOutcome.DENIED));
            throw FeesProblem.notClerk(court);
        }
        var open = refunds.openOn(caseId, ground);
        if (open.isPresent()) {
            if (open.get().status() == Refund.Status.DUE) {
                refunds.propose(open.get().id(), clerk, clock.instant());
                audited(clerk, open.get());
                return refunds.lock(open.get().id()).orElseThrow();
            }
            return open.get();
        }
        var notice = notices.ofCase(caseId).stream()
                .filter(candidate -> candidate.status() == FeeNotice.Status.PAID)
                .findFirst()
                .orElseThrow(FeesProblem::nothingToRefund);
        var payments = notices.paymentsOf(caseId);
        if (payments.isEmpty()) {
            throw FeesProblem.nothingToRefund();
        }
        var paid = payments.stream().map(payment -> payment.amount()).reduce(Money.ZERO, Money::plus);
        var computed = calculation.compute(notice, ground, paid, reducedClaims);
        if (computed.nothingToRefund()) {
            throw FeesProblem.nothingToRefund();
        }
        var effective = effectiveOn == null ? LocalDate.now(clock) : effectiveOn;
        var refund = new Refund(
                UUID.randomUUID(),
                caseId,
                notice.id(),
                payments.get(0).id(),
                ground,
                computed.refund(),
                RefundCalculation.citations(computed.basis()),
                effective,
                // Art. 53 ¶2: refunded within 15 days from the document taking effect
                calendar.lastDayOf(effective, properties.refundDays()),
                Refund.Status.PROPOSED,
                clerk,
                null,
                null,
                null,
                null);
        refunds.insertOnce(refund, clock.instant());
        audited(clerk, refund);
        return refund;
    }

    private void audited(String clerk, Refund refund) {
        audit.record(
                AuditRecord.of(clerk, "fees.refund.propose", refund.caseId().toString(), AuditOutcome.SUCCESS)
                        .with("refund", refund.id().toString())
                        .with("amount", refund.amount().toString()));
    }
}
