package org.smartcourt.fees.ledger;

import java.util.List;
import java.util.UUID;
import org.smartcourt.shared.Money;

/**
 * A balanced set of postings for one case: the debits equal the credits, or it is refused. {@code reference} names what
 * was booked (the notice, the gateway transaction, the refund) and is unique per kind, so a booking happens once.
 */
public record LedgerTransaction(UUID caseId, Kind kind, String reference, List<Posting> postings) {

    /** What a transaction records. */
    public enum Kind {
        /** The fee notice charges the fee: receivable against income. */
        CHARGE,
        /** The gateway reports a payment: cash against receivable. */
        PAYMENT,
        /** A refund becomes due: income against refunds payable. */
        REFUND_DUE,
        /** The gateway pays the refund back: refunds payable against cash. */
        REFUND_PAID,
        /** A fee will not be collected: write-off against receivable. */
        WRITE_OFF
    }

    public LedgerTransaction {
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("A transaction has at least two postings");
        }
        var net = postings.stream().map(Posting::net).reduce(Money.ZERO, Money::plus);
        if (!net.isZero()) {
            throw new UnbalancedTransaction(kind, reference, net);
        }
    }

    public static LedgerTransaction charge(UUID caseId, String court, String noticeId, Money fee) {
        return new LedgerTransaction(
                caseId,
                Kind.CHARGE,
                noticeId,
                List.of(
                        Posting.debit(LedgerAccount.feesReceivable(caseId), fee),
                        Posting.credit(LedgerAccount.feeIncome(court), fee)));
    }

    public static LedgerTransaction payment(UUID caseId, String transactionId, Money amount) {
        return new LedgerTransaction(
                caseId,
                Kind.PAYMENT,
                transactionId,
                List.of(
                        Posting.debit(LedgerAccount.cashAtGateway(), amount),
                        Posting.credit(LedgerAccount.feesReceivable(caseId), amount)));
    }

    public static LedgerTransaction refundDue(UUID caseId, String court, String refundId, Money amount) {
        return new LedgerTransaction(
                caseId,
                Kind.REFUND_DUE,
                refundId,
                List.of(
                        Posting.debit(LedgerAccount.feeIncome(court), amount),
                        Posting.credit(LedgerAccount.refundsPayable(caseId), amount)));
    }

    public static LedgerTransaction refundPaid(UUID caseId, String refundId, Money amount) {
        return new LedgerTransaction(
                caseId,
                Kind.REFUND_PAID,
                refundId,
                List.of(
                        Posting.debit(LedgerAccount.refundsPayable(caseId), amount),
                        Posting.credit(LedgerAccount.cashAtGateway(), amount)));
    }

    public static LedgerTransaction writeOff(UUID caseId, String reference, Money amount) {
        return new LedgerTransaction(
                caseId,
                Kind.WRITE_OFF,
                reference,
                List.of(
                        Posting.debit(LedgerAccount.writeOff(), amount),
                        Posting.credit(LedgerAccount.feesReceivable(caseId), amount)));
    }

    public Money total() {
        return postings.stream().map(Posting::debit).reduce(Money.ZERO, Money::plus);
    }
}
