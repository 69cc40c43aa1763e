package org.smartcourt.fees.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.CaseFacts;
import org.smartcourt.fees.domain.CaseKind;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.HalvingGround;
import org.smartcourt.fees.domain.NoticeLine;
import org.smartcourt.fees.domain.Payment;
import org.smartcourt.fees.domain.PaymentOrder;
import org.smartcourt.fees.domain.Stage;
import org.smartcourt.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Fee notices, the gateway orders opened for them, booked payments and payment alerts, in PostgreSQL. */
@Repository
public class FeeNotices {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    FeeNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the notice unless the case already has one; true when stored. */
    public boolean insertOnce(FeeNotice notice) {
        return jdbc.sql("""
                insert into fee_notice (id, case_id, kind, case_number, court, court_name, payers, amount, amount_due,
                    breakdown, assumption, facts, issued_on, deadline, status, document_hash, created_at)
                values (?, ?, 'ACCEPTANCE', ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?, ?, ?)
                on conflict (case_id, kind) do nothing
                """)
                        .params(
                                notice.id(),
                                notice.caseId(),
                                notice.caseNumber(),
                                notice.court(),
                                notice.courtName(),
                                notice.payers().toArray(String[]::new),
                                notice.amount().amount(),
                                notice.amountDue().amount(),
                                JSON.writeValueAsString(notice.breakdown()),
                                notice.assumption(),
                                JSON.writeValueAsString(facts(notice.facts(), notice.province())),
                                notice.issuedOn(),
                                notice.deadline(),
                                notice.status().name(),
                                notice.documentHash(),
                                notice.createdAt().atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    public void attachDocument(UUID noticeId, String hash) {
        jdbc.sql("update fee_notice set document_hash = ? where id = ?")
                .params(hash, noticeId)
                .update();
    }

    public void setStatus(UUID noticeId, FeeNotice.Status status) {
        jdbc.sql("update fee_notice set status = ? where id = ?")
                .params(status.name(), noticeId)
                .update();
    }

    public List<FeeNotice> ofCase(UUID caseId) {
        return jdbc.sql("select * from fee_notice where case_id = ? order by created_at")
                .param(caseId)
                .query(FeeNotices::notice)
                .list();
    }

    public Optional<FeeNotice> find(UUID noticeId) {
        return jdbc.sql("select * from fee_notice where id = ?")
                .param(noticeId)
                .query(FeeNotices::notice)
                .optional();
    }

    /** The notice, locked for the caller's transaction. */
    public Optional<FeeNotice> lock(UUID noticeId) {
        return jdbc.sql("select * from fee_notice where id = ? for update")
                .param(noticeId)
                .query(FeeNotices::notice)
                .optional();
    }

    /** What fee relief changed: the amount still due, the deadline and the status. */
    public void relieve(UUID noticeId, Money amountDue, LocalDate deadline, FeeNotice.Status status) {
        jdbc.sql("update fee_notice set amount_due = ?, deadline = ?, status = ? where id = ?")
                .params(amountDue.amount(), deadline, status.name(), noticeId)
                .update();
    }

    /** The court of a case that has a fee notice. */
    public Optional<String> courtOf(UUID caseId) {
        return jdbc.sql("select court from fee_notice where case_id = ? limit 1")
                .param(caseId)
                .query(String.class)
                .optional();
    }

    /** Unpaid notices whose deadline passed before {@code today}, locked for the caller's transaction. */
    public List<FeeNotice> overdue(LocalDate today) {
        return jdbc.sql("select * from fee_notice where status = 'UNPAID' and deadline < ? for update skip locked")
                .param(today)
                .query(FeeNotices::notice)
                .list();
    }

    public void insertOrder(PaymentOrder order, String createdBy) {
        jdbc.sql("""
                insert into fee_payment_order (id, notice_id, case_id, amount, pay_url, status, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        order.id(),
                        order.noticeId(),
                        order.caseId(),
                        order.amount().amount(),
                        order.payUrl(),
                        order.status().name(),
                        createdBy,
                        order.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The order, locked for the caller's transaction. */
    public Optional<PaymentOrder> lockOrder(UUID orderId) {
        return jdbc.sql("select * from fee_payment_order where id = ? for update")
                .param(orderId)
                .query(FeeNotices::order)
                .optional();
    }

    public Optional<PaymentOrder> order(UUID orderId) {
        return jdbc.sql("select * from fee_payment_order where id = ?")
                .param(orderId)
                .query(FeeNotices::order)
                .optional();
    }

    public Optional<PaymentOrder> openOrderFor(UUID noticeId) {
        return jdbc.sql("select * from fee_payment_order where notice_id = ? and status = 'CREATED'"
                        + " order by created_at desc limit 1")
                .param(noticeId)
                .query(FeeNotices::order)
                .optional();
    }

    public void setOrderStatus(UUID orderId, PaymentOrder.Status status) {
        jdbc.sql("update fee_payment_order set status = ? where id = ?")
                .params(status.name(), orderId)
                .update();
    }

    /** Books the payment unless its gateway transaction is booked already; true when booked now. */
    public boolean insertPaymentOnce(Payment payment, Instant bookedAt) {
        return jdbc.sql("""
                insert into fee_payment (id, order_id, case_id, transaction_id, amount, paid_at, booked_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (transaction_id) do nothing
                """)
                        .params(
                                payment.id(),
                                payment.orderId(),
                                payment.caseId(),
                                payment.transactionId(),
                                payment.amount().amount(),
                                payment.paidAt().atOffset(ZoneOffset.UTC),
                                bookedAt.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    public void attachReceipt(UUID paymentId, String hash) {
        jdbc.sql("update fee_payment set receipt_hash = ? where id = ?")
                .params(hash, paymentId)
                .update();
    }

    public List<Payment> paymentsOf(UUID caseId) {
        return jdbc.sql("select * from fee_payment where case_id = ? order by paid_at")
                .param(caseId)
                .query(FeeNotices::payment)
                .list();
    }

    public Optional<Payment> payment(UUID paymentId) {
        return jdbc.sql("select * from fee_payment where id = ?")
                .param(paymentId)
                .query(FeeNotices::payment)
                .optional();
    }

    /** Records an alert once per gateway transaction and reason; true when recorded now. */
    public boolean insertAlertOnce(
            @Nullable UUID orderId,
            @Nullable UUID caseId,
            String transactionId,
            String reason,
            @Nullable Money expected,
            Money notified,
            Instant at) {
        return jdbc.sql("""
                insert into fee_payment_alert (id, order_id, case_id, transaction_id, reason, expected, notified,
                    raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (transaction_id, reason) do nothing
                """)
                        .params(
                                UUID.randomUUID(),
                                orderId,
                                caseId,
                                transactionId,
                                reason,
                                expected == null ? null : expected.amount(),
                                notified.amount(),
                                at.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    public long alertsFor(String transactionId) {
        return jdbc.sql("select count(*) from fee_payment_alert where transaction_id = ?")
                .param(transactionId)
                .query(Long.class)
                .single();
    }

    static Map<String, Object> facts(CaseFacts facts, @Nullable String province) {
        var map = new LinkedHashMap<String, Object>();
        map.put("kind", facts.kind().name());
        map.put("stage", facts.stage().name());
        map.put("claims", facts.propertyClaims().stream().map(Money::toString).toList());
        map.put("nonPropertyClaims", facts.nonPropertyClaims());
        map.put("halving", facts.halvingGrounds().stream().map(Enum::name).toList());
        map.put("province", province);
        return map;
    }

    private static FeeNotice notice(ResultSet rs, int row) throws SQLException {
        Map<String, Object> facts = JSON.readValue(rs.getString("facts"), new TypeReference<>() {});
        List<NoticeLine> lines = JSON.readValue(rs.getString("breakdown"), new TypeReference<List<NoticeLine>>() {});
        @SuppressWarnings("unchecked")
        var claims =
                ((List<String>) facts.get("claims")).stream().map(Money::yuan).toList();
        @SuppressWarnings("unchecked")
        var halving = ((List<String>) facts.get("halving"))
                .stream().map(HalvingGround::valueOf).collect(java.util.stream.Collectors.toSet());
        var caseFacts = new CaseFacts(
                CaseKind.valueOf((String) facts.get("kind")),
                Stage.valueOf((String) facts.get("stage")),
                claims,
                Boolean.TRUE.equals(facts.get("nonPropertyClaims")),
                halving,
                null);
        return new FeeNotice(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("case_number"),
                rs.getString("court"),
                rs.getString("court_name"),
                new ArrayList<>(Arrays.asList((String[]) rs.getArray("payers").getArray())),
                Money.of(rs.getBigDecimal("amount")),
                Money.of(rs.getBigDecimal("amount_due")),
                lines,
                rs.getString("assumption"),
                caseFacts,
                (String) facts.get("province"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                FeeNotice.Status.valueOf(rs.getString("status")),
                rs.getString("document_hash"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static PaymentOrder order(ResultSet rs, int row) throws SQLException {
        return new PaymentOrder(
                rs.getObject("id", UUID.class),
                rs.getObject("notice_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                Money.of(rs.getBigDecimal("amount")),
                rs.getString("pay_url"),
                PaymentOrder.Status.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static Payment payment(ResultSet rs, int row) throws SQLException {
        return new Payment(
                rs.getObject("id", UUID.class),
                rs.getObject("order_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("transaction_id"),
                Money.of(rs.getBigDecimal("amount")),
                rs.getObject("paid_at", OffsetDateTime.class).toInstant(),
                rs.getString("receipt_hash"));
    }
}
