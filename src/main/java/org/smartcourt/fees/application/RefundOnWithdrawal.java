package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseWithdrawn;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.Refund;
import org.smartcourt.fees.domain.RefundGround;
import org.smartcourt.fees.payment.PaymentProperties;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.Refunds;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.Money;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A withdrawn case whose fee was paid: the fee is halved (Art. 15, at most once: SPC Interp. Art. 206) and the rest
 * falls due for refund within 15 days of the withdrawal taking effect (Art. 53 ¶2). A clerk then proposes it.
 */
@Component
class RefundOnWithdrawal {

    private final FeeNotices notices;
    private final Refunds refunds;
    private final RefundCalculation calculation;
    private final CourtCalendar calendar;
    private final PaymentProperties properties;
    private final Docket docket;
    private final Clock clock;

    RefundOnWithdrawal(
            FeeNotices notices,
            Refunds refunds,
            RefundCalculation calculation,
            CourtCalendar calendar,
            PaymentProperties properties,
            Docket docket,
            Clock clock) {
        this.notices = notices;
        this.refunds = refunds;
        this.calculation = calculation;
        this.calendar = calendar;
        this.properties = properties;
        this.docket = docket;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseWithdrawn withdrawn) {
        var caseId = withdrawn.caseId().value();
        for (var notice : notices.ofCase(caseId)) {
            if (notice.status() != FeeNotice.Status.PAID) {
                continue;
            }
            var payments = notices.paymentsOf(caseId);
            if (payments.isEmpty()) {
                continue;
            }
            var paid = payments.stream().map(payment -> payment.amount()).reduce(Money.ZERO, Money::plus);
            var computed = calculation.compute(notice, RefundGround.WITHDRAWAL, paid, null);
            if (computed.nothingToRefund()) {
                continue;
            }
            var effectiveOn = LocalDate.ofInstant(withdrawn.withdrawnAt(), clock.getZone());
            var dueBy = calendar.lastDayOf(effectiveOn, properties.refundDays());
            var refund = new Refund(
                    UUID.randomUUID(),
                    caseId,
                    notice.id(),
                    payments.get(0).id(),
                    RefundGround.WITHDRAWAL,
                    computed.refund(),
                    RefundCalculation.citations(computed.basis()),
                    effectiveOn,
                    dueBy,
                    Refund.Status.DUE,
                    null,
                    null,
                    null,
                    null,
                    null);
            if (refunds.insertOnce(refund, clock.instant())) {
                docket.recordNode(
                        withdrawn.caseId(),
                        new NewNode(
                                ActorRole.COURT,
                                null,
                                "fees.node.refundDue",
                                List.of(computed.refund().toString(), dueBy.toString()),
                                List.of(),
                                dueBy));
            }
        }
    }
}
