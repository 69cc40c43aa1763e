package org.smartcourt.fees.application;

import java.util.List;
import java.util.Locale;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.documents.Documents;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.shared.CourtCode;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the sealed electronic receipt (电子票据) of a booked payment and records the payment on the case's timeline.
 * Runs after the booking commits, one seal at a time (see {@link SealingGate}); the event registry republishes it
 * after a crash.
 */
@Component
class IssueReceipt {

    private final FeeNotices notices;
    private final Documents documents;
    private final Docket docket;
    private final NoticeTexts texts;
    private final SealingGate gate;
    private final TransactionTemplate transactions;

    IssueReceipt(
            FeeNotices notices,
            Documents documents,
            Docket docket,
            NoticeTexts texts,
            SealingGate gate,
            TransactionTemplate transactions) {
        this.notices = notices;
        this.documents = documents;
        this.docket = docket;
        this.texts = texts;
        this.gate = gate;
        this.transactions = transactions;
    }

    @Async
    @TransactionalEventListener
    void on(PaymentBooked booked) {
        gate.run(() -> transactions.executeWithoutResult(status -> issue(booked)));
    }

    private void issue(PaymentBooked booked) {
        var payment = notices.payment(booked.paymentId()).orElseThrow();
        if (payment.receiptHash() != null) {
            return;
        }
        var notice = notices.find(booked.noticeId()).orElseThrow();
        var receipt = documents.issueSealed(
                CourtCode.of(notice.court()),
                notice.courtName(),
                texts.text("fees.pdf.receipt.title", Locale.SIMPLIFIED_CHINESE),
                "fee-receipt",
                texts.receiptBody(notice, payment),
                notice.caseNumber());
        notices.attachReceipt(payment.id(), receipt.hash().value());
        docket.recordNode(
                new CaseId(payment.caseId()),
                new NewNode(
                        ActorRole.SYSTEM,
                        null,
                        "fees.node.paid",
                        List.of(payment.amount().toString(), payment.transactionId()),
                        List.of(receipt.hash().value()),
                        null));
    }
}
