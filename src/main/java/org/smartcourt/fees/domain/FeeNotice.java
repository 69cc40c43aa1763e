package org.smartcourt.fees.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.shared.Money;

/**
 * A fee notice (缴费通知书): what the plaintiffs must pay for a case, how it was computed, and by when.
 *
 * @param payers the names of the plaintiffs who prepay the fee (Art. 20)
 * @param amount the fee assessed, as charged to the case's ledger
 * @param amountDue what is still to pay of it: the fee, less a reduction or waiver granted as fee relief (Art. 44)
 * @param assumption the message code of a default taken for missing facts, or null
 * @param deadline the last day to pay (Art. 22 ¶1: 7 days from the day after receiving the notice), later when the
 *     payment was deferred (Art. 47)
 */
public record FeeNotice(
        UUID id,
        UUID caseId,
        String caseNumber,
        String court,
        String courtName,
        List<String> payers,
        Money amount,
        Money amountDue,
        List<NoticeLine> breakdown,
        @Nullable String assumption,
        CaseFacts facts,
        @Nullable String province,
        LocalDate issuedOn,
        LocalDate deadline,
        Status status,
        @Nullable String documentHash,
        Instant createdAt) {

    /** Where a notice stands. */
    public enum Status {
        UNPAID,
        PAID,
        /** Unpaid after the deadline: the judge decides (民诉解释 Art. 213). */
        OVERDUE,
        /** The case owes no acceptance fee (Art. 8). */
        NOTHING_DUE,
        /** The fee was waived as fee relief (Art. 45): nothing is to pay. */
        WAIVED
    }

    public FeeNotice {
        payers = List.copyOf(payers);
        breakdown = List.copyOf(breakdown);
        if (amountDue.isNegative() || amountDue.isGreaterThan(amount)) {
            throw new IllegalArgumentException("The amount due " + amountDue + " is not within the fee " + amount);
        }
    }

    public boolean payable() {
        return (status == Status.UNPAID || status == Status.OVERDUE) && amountDue.isGreaterThan(Money.ZERO);
    }
}
