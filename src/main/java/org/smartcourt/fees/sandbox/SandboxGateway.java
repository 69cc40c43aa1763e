package org.smartcourt.fees.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.smartcourt.fees.payment.GatewaySignature;
import org.smartcourt.fees.payment.PaymentProperties;
import org.smartcourt.fees.payment.SandboxProperties;
import org.smartcourt.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox gateway's books: orders, payments, refunds, and the notifications it owes merchants. */
@Component
@SandboxEnabled
public class SandboxGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PaymentProperties payment;
    private final GatewaySignature signature;

    SandboxGateway(JdbcClient jdbc, Clock clock, PaymentProperties payment, SandboxProperties sandbox) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.payment = payment;
        this.signature = new GatewaySignature(sandbox.merchantKey());
    }

    /** Whether a merchant's request is signed by a merchant the sandbox knows (one merchant: the platform). */
    public boolean authentic(Map<String, String> request) {
        return payment.merchantId().equals(request.get("merchant_id")) && signature.verify(request);
    }

    public Map<String, String> signed(Map<String, String> answer) {
        return signature.signed(answer);
    }

    public String signRaw(String body) {
        return signature.signRaw(body);
    }

    /** Opens an order; opening the same order number again with the same amount returns the same order. */
    @Transactional
    public SandboxOrder open(
            String merchantId, String orderId, Money amount, String subject, String notify, String back) {
        jdbc.sql("""
                insert into sandbox_order (order_id, merchant_id, amount, subject, notify_url, return_url, status,
                    created_at)
                values (?, ?, ?, ?, ?, ?, 'WAITING', ?) on conflict (order_id) do nothing
                """)
                .params(orderId, merchantId, amount.amount(), subject, notify, back, now())
                .update();
        var order = find(orderId).orElseThrow();
        if (!order.amount().equals(amount)) {
            throw new IllegalArgumentException("Order " + orderId + " exists with another amount");
        }
        return order;
    }

    public Optional<SandboxOrder> find(String orderId) {
        return jdbc.sql("select * from sandbox_order where order_id = ?")
                .param(orderId)
                .query(SandboxGateway::order)
                .optional();
    }

    /**
     * The payer paid on the hosted page: the order is paid once, and a signed notification is queued for the merchant;
     * the notifier sends it and retries until the merchant acknowledges it.
     */
    @Transactional
    public SandboxOrder pay(String orderId, String method) {
        var order = jdbc.sql("select * from sandbox_order where order_id = ? for update")
                .param(orderId)
                .query(SandboxGateway::order)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        if (order.paid()) {
            return order;
        }
        var paidAt = clock.instant();
        var transactionId =
                "SBX" + paidAt.toEpochMilli() + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                update sandbox_order set status = 'PAID', transaction_id = ?, paid_at = ?, paid_amount = amount,
                    method = ? where order_id = ?
                """)
                .params(transactionId, paidAt.atOffset(ZoneOffset.UTC), method, orderId)
                .update();
        var fields = new TreeMap<String, String>();
        fields.put("notify_id", UUID.randomUUID().toString());
        fields.put("merchant_id", order.merchantId());
        fields.put("order_id", orderId);
        fields.put("transaction_id", transactionId);
        fields.put("amount", order.amount().toString());
        fields.put("status", "PAID");
        fields.put("method", method);
        fields.put("paid_at", paidAt.toString());
        jdbc.sql("""
                insert into sandbox_notification (order_id, notify_url, body, next_attempt_at) values (?, ?, ?, ?)
                """)
                .params(orderId, order.notifyUrl(), JSON.writeValueAsString(signature.signed(fields)), now())
                .update();
        return find(orderId).orElseThrow();
    }

    /** Refunds part or all of a paid order; the same refund number refunds once. */
    @Transactional
    public Map<String, String> refund(String orderId, String refundNo, Money amount) {
        var existing = jdbc.sql("select refund_id, amount from sandbox_refund where refund_no = ?")
                .param(refundNo)
                .query((rs, n) -> Map.of(
                        "refund_id",
                        rs.getString(1),
                        "amount",
                        Money.of(rs.getBigDecimal(2)).toString()))
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var order = jdbc.sql("select * from sandbox_order where order_id = ? for update")
                .param(orderId)
                .query(SandboxGateway::order)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        if (!order.paid() || order.paidAmount() == null) {
            throw new IllegalArgumentException("Order " + orderId + " is not paid");
        }
        if (order.refunded().plus(amount).isGreaterThan(order.paidAmount()) || !amount.isGreaterThan(Money.ZERO)) {
            throw new IllegalArgumentException("Refund of " + amount + " exceeds what is left of order " + orderId);
        }
        var refundId = "SBXR" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        jdbc.sql(
                        "insert into sandbox_refund (refund_id, refund_no, order_id, amount, refunded_at) values (?, ?, ?, ?, ?)")
                .params(refundId, refundNo, orderId, amount.amount(), now())
                .update();
        jdbc.sql("update sandbox_order set refunded = refunded + ? where order_id = ?")
                .params(amount.amount(), orderId)
                .update();
        return Map.of("refund_id", refundId, "amount", amount.toString());
    }

    /** A day's settled payments and refunds (China Standard Time), as CSV: type,reference,order,amount,at. */
    public String statement(String merchantId, LocalDate day) {
        var zone = ZoneId.of("Asia/Shanghai");
        var from = day.atStartOfDay(zone).toOffsetDateTime();
        var to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<String> lines = jdbc.sql("""
                select 'PAY' as type, transaction_id as reference, order_id, paid_amount as amount, paid_at as at
                  from sandbox_order where merchant_id = :merchant and paid_at >= :from and paid_at < :to
                union all
                select 'REFUND', r.refund_id, r.order_id, r.amount, r.refunded_at
                  from sandbox_refund r join sandbox_order o on o.order_id = r.order_id
                 where o.merchant_id = :merchant and r.refunded_at >= :from and r.refunded_at < :to
                order by at, reference
                """)
                .param("merchant", merchantId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> String.join(
                        ",",
                        rs.getString("type"),
                        rs.getString("reference"),
                        rs.getString("order_id"),
                        Money.of(rs.getBigDecimal("amount")).toString(),
                        rs.getObject("at", java.time.OffsetDateTime.class)
                                .toInstant()
                                .toString()))
                .list();
        var csv = new StringBuilder("type,reference,order,amount,at\n");
        lines.forEach(line -> csv.append(line).append('\n'));
        return csv.toString();
    }

    private java.time.OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static SandboxOrder order(ResultSet rs, int row) throws SQLException {
        var paidAt = rs.getObject("paid_at", java.time.OffsetDateTime.class);
        var paidAmount = rs.getBigDecimal("paid_amount");
        return new SandboxOrder(
                rs.getString("order_id"),
                rs.getString("merchant_id"),
                Money.of(rs.getBigDecimal("amount")),
                rs.getString("subject"),
                rs.getString("notify_url"),
                rs.getString("return_url"),
                rs.getString("status"),
                rs.getString("transaction_id"),
                paidAt == null ? null : paidAt.toInstant(),
                paidAmount == null ? null : Money.of(paidAmount),
                Money.of(rs.getBigDecimal("refunded")));
    }
}
