package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditRecord;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.Payment;
import org.smartcourt.fees.domain.PaymentOrder;
import org.smartcourt.fees.ledger.LedgerTransaction;
import org.smartcourt.fees.payment.PaymentGateway;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.JdbcLedger;
import org.smartcourt.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books a payment from the gateway's signed notification, exactly once per gateway transaction. A notification with a
 * bad signature is refused; one whose amount differs from the order books nothing and raises an alert.
 */
@Component
public class BookPaymentNotification {

    /** What became of a notification; each is acknowledged to the gateway so that it stops retrying. */
    public enum Outcome {
        BOOKED,
        ALREADY_BOOKED,
        ALERT,
        /** No such order: recorded as an alert and refused, so that the gateway keeps the notification. */
        UNKNOWN_ORDER
    }

    private final PaymentGateway gateway;
    private final FeeNotices notices;
    private final JdbcLedger ledger;
    private final AuditTrail audit;
    private final Docket docket;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookPaymentNotification(
            PaymentGateway gateway,
            FeeNotices notices,
            JdbcLedger ledger,
            AuditTrail audit,
            Docket docket,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gateway = gateway;
        this.notices = notices;
        this.ledger = ledger;
        this.audit = audit;
        this.docket = docket;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome book(Map<String, String> notification) {
        if (!gateway.verify(notification)) {
            audit.record(
                    AuditRecord.of("gateway", "fees.payment.notification", subject(notification), AuditOutcome.DENIED)
                            .with("reason", "signature"));
            throw FeesProblem.badSignature();
        }
        var transactionId = required(notification, "transaction_id");
        var orderId = uuid(required(notification, "order_id"));
        var amount = money(required(notification, "amount"));
        var paidAt = instant(required(notification, "paid_at"));
        if (!"PAID".equals(notification.get("status"))) {
            throw FeesProblem.badNotification("status");
        }
        var order = notices.lockOrder(orderId);
        if (order.isEmpty()) {
            notices.insertAlertOnce(null, null, transactionId, "UNKNOWN_ORDER", null, amount, clock.instant());
            audit.record(AuditRecord.of("gateway", "fees.payment.alert", transactionId, AuditOutcome.FAILURE)
                    .with("reason", "UNKNOWN_ORDER")
                    .with("order", orderId.toString()));
            return Outcome.UNKNOWN_ORDER;
        }
        if (!order.get().amount().equals(amount)) {
            return alert(order.get(), transactionId, amount);
        }
        var payment =
                new Payment(UUID.randomUUID(), orderId, order.get().caseId(), transactionId, amount, paidAt, null);
        if (!notices.insertPaymentOnce(payment, clock.instant())) {
            return Outcome.ALREADY_BOOKED;
        }
        ledger.book(LedgerTransaction.payment(order.get().caseId(), transactionId, amount), clock.instant());
        notices.setOrderStatus(orderId, PaymentOrder.Status.PAID);
        notices.setStatus(order.get().noticeId(), FeeNotice.Status.PAID);
        audit.record(AuditRecord.of("gateway", "fees.payment.booked", transactionId, AuditOutcome.SUCCESS)
                .with("case", order.get().caseId().toString())
                .with("amount", amount.toString()));
        events.publishEvent(new PaymentBooked(payment.id(), order.get().noticeId()));
        return Outcome.BOOKED;
    }

    private Outcome alert(PaymentOrder order, String transactionId, Money amount) {
        if (notices.insertAlertOnce(
                order.id(),
                order.caseId(),
                transactionId,
                "AMOUNT_MISMATCH",
                order.amount(),
                amount,
                clock.instant())) {
            if (order.status() == PaymentOrder.Status.CREATED) {
                notices.setOrderStatus(order.id(), PaymentOrder.Status.ALERT); // a booked payment stays booked
            }
            audit.record(AuditRecord.of("gateway", "fees.payment.alert", transactionId, AuditOutcome.FAILURE)
                    .with("reason", "AMOUNT_MISMATCH")
                    .with("case", order.caseId().toString())
                    .with("expected", order.amount().toString())
                    .with("notified", amount.toString()));
            docket.recordNode(
                    new CaseId(order.caseId()),
                    new NewNode(
                            ActorRole.SYSTEM,
                            null,
                            "fees.node.paymentAlert",
                            List.of(order.amount().toString(), amount.toString()),
                            List.of(),
                            null));
        }
        return Outcome.ALERT;
    }

    private static String subject(Map<String, String> notification) {
        var transaction = notification.get("transaction_id");
        return transaction == null || transaction.isBlank() ? "unknown" : transaction;
    }

    private static String required(Map<String, String> notification, String field) {
        var value = notification.get(field);
        if (value == null || value.isBlank()) {
            throw FeesProblem.badNotification(field);
        }
        return value;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw FeesProblem.badNotification("order_id");
        }
    }

    private static Money money(String text) {
        try {
            return Money.yuan(text);
        } catch (IllegalArgumentException e) {
            throw FeesProblem.badNotification("amount");
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw FeesProblem.badNotification("paid_at");
        }
    }
}
