package org.smartcourt.fees.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.fees.domain.Refund;
import org.smartcourt.fees.ledger.LedgerTransaction;
import org.smartcourt.fees.payment.GatewayUnavailable;
import org.smartcourt.fees.payment.PaymentGateway;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.JdbcLedger;
import org.smartcourt.fees.persistence.Refunds;
import org.smartcourt.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A finance officer of the case's court who did not propose the refund approves it (the checker, 复核); the refund
 * then goes back through the gateway. Approving an approved refund whose gateway call failed tries the gateway again;
 * the gateway refunds a refund number once.
 */
@Component
public class ApproveRefund {

    private final Refunds refunds;
    private final FeeNotices notices;
    private final JdbcLedger ledger;
    private final FeeAccess access;
    private final PaymentGateway gateway;
    private final Docket docket;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApproveRefund(
            Refunds refunds,
            FeeNotices notices,
            JdbcLedger ledger,
            FeeAccess access,
            PaymentGateway gateway,
            Docket docket,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.refunds = refunds;
        this.notices = notices;
        this.ledger = ledger;
        this.access = access;
        this.gateway = gateway;
        this.docket = docket;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Refund approve(UUID caseId, UUID refundId, String officer) {
        var court = access.read(caseId, officer);
        var approved = transactions.execute(status -> {
            var refund = refunds.lock(refundId)
                    .filter(found -> found.caseId().equals(caseId))
                    .orElseThrow(() -> FeesProblem.notFound(refundId));
            if (!access.holds(officer, court, Role.FINANCE)) {
                deny(officer, refund, "not-finance");
                throw FeesProblem.notFinance(court);
            }
            if (officer.equals(refund.proposedBy())) {
                deny(officer, refund, "maker-checker");
                throw FeesProblem.proposerMayNotApprove();
            }
            if (refund.status() == Refund.Status.PROPOSED) {
                refunds.approve(refundId, officer, clock.instant());
                ledger.book(
                        LedgerTransaction.refundDue(caseId, court, refundId.toString(), refund.amount()),
                        clock.instant());
                audit.record(AuditRecord.of(officer, "fees.refund.approve", caseId.toString(), AuditOutcome.SUCCESS)
                        .with("refund", refundId.toString()));
            } else if (refund.status() != Refund.Status.APPROVED) {
                if (refund.status() == Refund.Status.REFUNDED) {
                    return refund;
                }
                throw FeesProblem.refundNotProposed(refund.status().name());
            }
            return refunds.lock(refundId).orElseThrow();
        });
        if (approved == null || approved.status() == Refund.Status.REFUNDED) {
            return approved;
        }
        return payBack(approved);
    }

    private Refund payBack(Refund refund) {
        var payment = notices.payment(refund.paymentId()).orElseThrow();
        PaymentGateway.RefundResult result;
        try {
            result = gateway.refund(payment.orderId().toString(), refund.id().toString(), refund.amount());
        } catch (GatewayUnavailable e) {
            transactions.executeWithoutResult(status -> refunds.failed(refund.id(), e.getMessage()));
            return refunds.lock(refund.id()).orElseThrow();
        }
        return transactions.execute(status -> {
            refunds.refunded(refund.id(), result.refundId(), clock.instant());
            ledger.book(
                    LedgerTransaction.refundPaid(refund.caseId(), refund.id().toString(), refund.amount()),
                    clock.instant());
            docket.recordNode(
                    new CaseId(refund.caseId()),
                    new NewNode(
                            ActorRole.COURT,
                            null,
                            "fees.node.refunded",
                            List.of(refund.amount().toString()),
                            List.of(),
                            null));
            return refunds.lock(refund.id()).orElseThrow();
        });
    }

    private void deny(String officer, Refund refund, String reason) {
        audit.record(
                AuditRecord.of(officer, "fees.refund.approve", refund.caseId().toString(), AuditOutcome.DENIED)
                        .with("refund", refund.id().toString())
                        .with("reason", reason));
    }
}
