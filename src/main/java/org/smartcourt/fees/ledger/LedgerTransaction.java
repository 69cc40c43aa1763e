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
        return transfer(
                caseId,
                Kind.CHARGE,
                noticeId,
                LedgerAccount.feesReceivable(caseId),
                LedgerAccount.feeIncome(court),
                fee);
    }

    public static LedgerTransaction payment(UUID caseId, String transactionId, Money amount) {
        return transfer(
                caseId,
                Kind.PAYMENT,
                transactionId,
                LedgerAccount.cashAtGateway(),
                LedgerAccount.feesReceivable(caseId),
                amount);
    }

    public static LedgerTransaction refundDue(UUID caseId, String court, String refundId, Money amount) {
        return transfer(
                caseId,
                Kind.REFUND_DUE,
                refundId,
                LedgerAccount.feeIncome(court),
                LedgerAccount.refundsPayable(caseId),
                amount);
    }

    public static LedgerTransaction refundPaid(UUID caseId, String refundId, Money amount) {
        return transfer(
                caseId,
                Kind.REFUND_PAID,
                refundId,
                LedgerAccount.refundsPayable(caseId),
                LedgerAccount.cashAtGateway(),
                amount);
    }

    public static LedgerTransaction writeOff(UUID caseId, String reference, Money amount) {
        return transfer(
                caseId,
                Kind.WRITE_OFF,
                reference,
                LedgerAccount.writeOff(),
                LedgerAccount.feesReceivable(caseId),
                amount);
    }

    /** The amount moves from the credited account to the debited one: one posting each side, balanced by design. */
    private static LedgerTransaction transfer(
            UUID caseId, Kind kind, String reference, LedgerAccount debited, LedgerAccount credited, Money amount) {
        return new LedgerTransaction(
                caseId, kind, reference, List.of(Posting.debit(debited, amount), Posting.credit(credited, amount)));
    }

    public Money total() {
        return postings.stream().map(Posting::debit).reduce(Money.ZERO, Money::plus);
    }
}
