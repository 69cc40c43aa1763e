package org.smartcourt.fees.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.Refund;
import org.smartcourt.fees.domain.RefundGround;
import org.smartcourt.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refunds in {@code fee_refund}; the table refuses an approval by the proposer. */
@Repository
public class Refunds {

    private final JdbcClient jdbc;

    Refunds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the refund unless one on the same ground is open for the case; true when stored. */
    public boolean insertOnce(Refund refund, Instant at) {
        var existing = jdbc.sql(
                        "select count(*) from fee_refund where case_id = ? and ground = ? and status <> 'FAILED'")
                .params(refund.caseId(), refund.ground().name())
                .query(Long.class)
                .single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("""
                insert into fee_refund (id, case_id, notice_id, payment_id, ground, amount, basis, effective_on, due_by,
                    status, proposed_by, proposed_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        refund.id(),
                        refund.caseId(),
                        refund.noticeId(),
                        refund.paymentId(),
                        refund.ground().name(),
                        refund.amount().amount(),
                        refund.basis(),
                        refund.effectiveOn(),
                        refund.dueBy(),
                        refund.status().name(),
                        refund.proposedBy(),
                        refund.proposedBy() == null ? null : at.atOffset(ZoneOffset.UTC),
                        at.atOffset(ZoneOffset.UTC))
                .update();
        return true;
    }

    public Optional<Refund> lock(UUID refundId) {
        return jdbc.sql("select * from fee_refund where id = ? for update")
                .param(refundId)
                .query(Refunds::refund)
                .optional();
    }

    public Optional<Refund> openOn(UUID caseId, RefundGround ground) {
        return jdbc.sql("select * from fee_refund where case_id = ? and ground = ? and status <> 'FAILED' for update")
                .params(caseId, ground.name())
                .query(Refunds::refund)
                .optional();
    }

    public List<Refund> ofCase(UUID caseId) {
        return jdbc.sql("select * from fee_refund where case_id = ? order by created_at")
                .param(caseId)
                .query(Refunds::refund)
                .list();
    }

    public void propose(UUID refundId, String clerk, Instant at) {
        jdbc.sql("update fee_refund set status = 'PROPOSED', proposed_by = ?, proposed_at = ? where id = ?")
                .params(clerk, at.atOffset(ZoneOffset.UTC), refundId)
                .update();
    }

    public void approve(UUID refundId, String officer, Instant at) {
        jdbc.sql("update fee_refund set status = 'APPROVED', approved_by = ?, approved_at = ? where id = ?")
                .params(officer, at.atOffset(ZoneOffset.UTC), refundId)
                .update();
    }

    public void refunded(UUID refundId, String gatewayRefundId, Instant at) {
        jdbc.sql("""
                update fee_refund set status = 'REFUNDED', gateway_refund_id = ?, refunded_at = ?, failure = null
                 where id = ?
                """)
                .params(gatewayRefundId, at.atOffset(ZoneOffset.UTC), refundId)
                .update();
    }

    public void failed(UUID refundId, String failure) {
        jdbc.sql("update fee_refund set failure = ? where id = ?")
                .params(failure, refundId)
                .update();
    }

    /** Gateway refund ids of the refunds paid back, by refund id. */
    public Optional<String> gatewayRefundId(UUID refundId) {
        return jdbc.sql("select gateway_refund_id from fee_refund where id = ?")
                .param(refundId)
                .query(String.class)
                .optional();
    }

    private static Refund refund(ResultSet rs, int row) throws SQLException {
        var refundedAt = rs.getObject("refunded_at", OffsetDateTime.class);
        return new Refund(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("notice_id", UUID.class),
                rs.getObject("payment_id", UUID.class),
                RefundGround.valueOf(rs.getString("ground")),
                Money.of(rs.getBigDecimal("amount")),
                rs.getString("basis"),
                rs.getObject("effective_on", LocalDate.class),
                rs.getObject("due_by", LocalDate.class),
                Refund.Status.valueOf(rs.getString("status")),
                rs.getString("proposed_by"),
                rs.getString("approved_by"),
                rs.getString("gateway_refund_id"),
                refundedAt == null ? null : refundedAt.toInstant(),
                rs.getString("failure"));
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
