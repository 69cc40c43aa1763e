package org.smartcourt.fees.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * A refund (退费): computed by rule, proposed by a clerk, approved (复核) by a finance officer of the same court who is
 * not the proposer, then paid back through the gateway by {@code dueBy} (Art. 53 ¶2: 15 days from the document taking
 * effect).
 */
public record Refund(
        UUID id,
        UUID caseId,
        UUID noticeId,
        UUID paymentId,
        RefundGround ground,
        Money amount,
        String basis,
        LocalDate effectiveOn,
        LocalDate dueBy,
        Status status,
        @Nullable String proposedBy,
        @Nullable String approvedBy,
        @Nullable String gatewayRefundId,
        @Nullable Instant refundedAt,
        @Nullable String failure) {

    /** Where a refund stands. */
    public enum Status {
        /** Computed by rule, waiting for a clerk to propose it. */
        DUE,
        PROPOSED,
        APPROVED,
        REFUNDED,
        FAILED
    }
}
