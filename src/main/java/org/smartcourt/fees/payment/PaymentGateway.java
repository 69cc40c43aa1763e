package org.smartcourt.fees.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * What the platform asks of a payment gateway. The gateway reports payments asynchronously with a signed notification
 * (see {@link #verify}); a browser returning from the gateway proves nothing.
 */
public interface PaymentGateway {

    /** Opens an order the payer completes on the gateway's hosted page. */
    CreatedOrder createOrder(OrderRequest request);

    /** The order's status as the gateway knows it. */
    OrderStatus query(String orderId);

    /** Pays money of a paid order back; repeating a refund number refunds once. */
    RefundResult refund(String orderId, String refundNo, Money amount);

    /** Every payment and refund the gateway settled on a day, for reconciliation. */
    List<StatementLine> statement(LocalDate day);

    /** Whether a notification carries the gateway's signature. */
    boolean verify(java.util.Map<String, String> notification);

    /** An order to open: the merchant's order number, the amount, what is paid for, and where to report back. */
    record OrderRequest(String orderId, Money amount, String subject, String notifyUrl, String returnUrl) {}

    /** The opened order and the page where the payer pays. */
    record CreatedOrder(String orderId, String payUrl) {}

    /** An order's status at the gateway. */
    record OrderStatus(
            String orderId,
            String status,
            @Nullable String transactionId,
            @Nullable Money paidAmount,
            @Nullable Instant paidAt) {}

    /** A refund the gateway accepted. */
    record RefundResult(String refundId, String refundNo, Money amount) {}

    /** One line of a day's statement: a payment ({@code PAY}) or a refund ({@code REFUND}). */
    record StatementLine(String type, String reference, String orderId, Money amount, Instant at) {}
}
