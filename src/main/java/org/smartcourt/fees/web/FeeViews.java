package org.smartcourt.fees.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.Payment;
import org.smartcourt.fees.domain.Refund;
import org.smartcourt.fees.ledger.CaseLedger;
import org.smartcourt.fees.persistence.JdbcLedger;
import org.smartcourt.shared.Money;

/** The JSON shapes of the fee endpoints; amounts are decimal strings. */
final class FeeViews {

    private FeeViews() {}

    record Line(String item, String description, String fee, String legalBasis) {}

    record Notice(
            UUID id,
            String caseNumber,
            List<String> payers,
            String amount,
            String amountDue,
            List<Line> breakdown,
            @Nullable String assumption,
            LocalDate issuedOn,
            LocalDate deadline,
            String status,
            @Nullable String documentHash,
            String howToPay) {

        static Notice of(FeeNotice notice, boolean english, String howToPay, @Nullable String assumption) {
            return new Notice(
                    notice.id(),
                    notice.caseNumber(),
                    notice.payers(),
                    notice.amount().toString(),
                    notice.amountDue().toString(),
                    notice.breakdown().stream()
                            .map(line -> new Line(
                                    line.item(),
                                    english ? line.descriptionEn() : line.descriptionZh(),
                                    line.fee(),
                                    english ? line.basisEn() : line.basisZh()))
                            .toList(),
                    assumption,
                    notice.issuedOn(),
                    notice.deadline(),
                    notice.status().name(),
                    notice.documentHash(),
                    howToPay);
        }
    }

    record Order(UUID orderId, String amount, String payUrl, String status) {}

    record Entry(String account, String debit, String credit) {}

    record Transaction(String kind, String reference, Instant bookedAt, List<Entry> entries) {}

    record Ledger(
            UUID caseId,
            List<Transaction> transactions,
            Map<String, String> balances,
            String outstanding,
            String refundsOutstanding,
            boolean balanced) {

        static Ledger of(UUID caseId, List<JdbcLedger.Booked> booked) {
            var ledger = new CaseLedger(
                    booked.stream().map(JdbcLedger.Booked::transaction).toList());
            var balances = new java.util.LinkedHashMap<String, String>();
            ledger.balances().forEach((account, amount) -> balances.put(account.name(), amount.toString()));
            return new Ledger(
                    caseId,
                    booked.stream()
                            .map(entry -> new Transaction(
                                    entry.transaction().kind().name(),
                                    entry.transaction().reference(),
                                    entry.at(),
                                    entry.transaction().postings().stream()
                                            .map(posting -> new Entry(
                                                    posting.account().name(),
                                                    posting.debit().toString(),
                                                    posting.credit().toString()))
                                            .toList()))
                            .toList(),
                    balances,
                    ledger.outstanding(caseId).toString(),
                    ledger.refundsOutstanding(caseId).toString(),
                    ledger.balanced());
        }
    }

    record PaymentView(
            UUID id,
            String amount,
            String transactionId,
            Instant paidAt,
            @Nullable String receiptUrl) {

        static PaymentView of(Payment payment) {
            return new PaymentView(
                    payment.id(),
                    payment.amount().toString(),
                    payment.transactionId(),
                    payment.paidAt(),
                    payment.receiptHash() == null
                            ? null
                            : "/api/v1/cases/" + payment.caseId() + "/receipts/" + payment.id() + ".pdf");
        }
    }

    record RefundView(
            UUID id,
            String ground,
            String amount,
            String legalBasis,
            LocalDate effectiveOn,
            LocalDate dueBy,
            String status,
            @Nullable String proposedBy,
            @Nullable String approvedBy,
            @Nullable Instant refundedAt) {

        static RefundView of(Refund refund) {
            return new RefundView(
                    refund.id(),
                    refund.ground().name(),
                    refund.amount().toString(),
                    refund.basis(),
                    refund.effectiveOn(),
                    refund.dueBy(),
                    refund.status().name(),
                    refund.proposedBy(),
                    refund.approvedBy(),
                    refund.refundedAt());
        }
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    static String money(Money amount) {
        return amount.toString();
    }
}
