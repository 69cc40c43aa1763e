package org.smartcourt.fees.application;

import java.util.List;
import java.util.UUID;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.documents.Documents;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.Payment;
import org.smartcourt.fees.domain.PaymentOrder;
import org.smartcourt.fees.domain.Refund;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.JdbcLedger;
import org.smartcourt.fees.persistence.Refunds;
import org.springframework.stereotype.Component;

/** What a case's parties and court staff see of its fees: notices, payments, refunds, ledger, receipts. */
@Component
public class ShowCaseFees {

    /** Everything about a case's fees. */
    public record CaseFees(
            UUID caseId,
            List<FeeNotice> notices,
            List<Payment> payments,
            List<Refund> refunds,
            List<JdbcLedger.Booked> ledger,
            boolean mayPay,
            boolean clerk,
            boolean finance,
            String viewer) {

        /** Whether the viewer, a clerk of the court, may propose this refund (the maker). */
        public boolean mayPropose(Refund refund) {
            return clerk && refund.status() == Refund.Status.DUE;
        }

        /** Whether the viewer, a finance officer who did not propose it, may approve this refund (the checker). */
        public boolean mayApprove(Refund refund) {
            return finance
                    && (refund.status() == Refund.Status.PROPOSED
                            || (refund.status() == Refund.Status.APPROVED && refund.failure() != null))
                    && !viewer.equals(refund.proposedBy());
        }
    }

    private final FeeAccess access;
    private final FeeNotices notices;
    private final Refunds refunds;
    private final JdbcLedger ledger;
    private final Documents documents;
    private final CaseAccessCheck cases;
    private final NoticeTexts texts;
    private final org.smartcourt.fees.payment.Endpoints endpoints;

    ShowCaseFees(
            FeeAccess access,
            FeeNotices notices,
            Refunds refunds,
            JdbcLedger ledger,
            Documents documents,
            CaseAccessCheck cases,
            NoticeTexts texts,
            org.smartcourt.fees.payment.Endpoints endpoints) {
        this.texts = texts;
        this.endpoints = endpoints;
        this.access = access;
        this.notices = notices;
        this.refunds = refunds;
        this.ledger = ledger;
        this.documents = documents;
        this.cases = cases;
    }

    public CaseFees show(UUID caseId, String username) {
        var court = access.read(caseId, username);
        return new CaseFees(
                caseId,
                notices.ofCase(caseId),
                notices.paymentsOf(caseId),
                refunds.ofCase(caseId),
                ledger.bookedOfCase(caseId),
                cases.actsForPlaintiff(caseId, username),
                access.holds(username, court, org.smartcourt.identity.Role.CLERK),
                access.holds(username, court, org.smartcourt.identity.Role.FINANCE),
                username);
    }

    public List<FeeNotice> notices(UUID caseId, String username) {
        access.read(caseId, username);
        return notices.ofCase(caseId);
    }

    public List<JdbcLedger.Booked> ledger(UUID caseId, String username) {
        access.read(caseId, username);
        return ledger.bookedOfCase(caseId);
    }

    public List<Refund> refunds(UUID caseId, String username) {
        access.read(caseId, username);
        return refunds.ofCase(caseId);
    }

    /** The order's status as the platform booked it: the gateway's redirect proves nothing. */
    public PaymentOrder order(UUID caseId, UUID orderId, String username) {
        access.read(caseId, username);
        return notices.order(orderId)
                .filter(order -> order.caseId().equals(caseId))
                .orElseThrow(() -> FeesProblem.notFound(orderId));
    }

    /** The sealed receipt PDF of a payment of the case. */
    public byte[] receipt(UUID caseId, UUID paymentId, String username) {
        access.read(caseId, username);
        var payment = notices.payment(paymentId)
                .filter(found -> found.caseId().equals(caseId))
                .orElseThrow(() -> FeesProblem.notFound(paymentId));
        var hash = payment.receiptHash();
        if (hash == null) {
            throw FeesProblem.notFound(paymentId);
        }
        return documents
                .open(DocumentHash.of(hash))
                .orElseThrow(() -> FeesProblem.notFound(paymentId))
                .content();
    }

    /**
     * An English translation of the fee notice, for reading: rendered now, neither sealed nor stored. The sealed
     * Chinese notice is the legal document.
     */
    public byte[] noticeInEnglish(UUID caseId, UUID noticeId, String username) {
        access.read(caseId, username);
        var notice = notices.find(noticeId)
                .filter(found -> found.caseId().equals(caseId))
                .orElseThrow(() -> FeesProblem.notFound(noticeId));
        var english = java.util.Locale.ENGLISH;
        return documents.renderUnsealed(
                translation(texts.text("fees.pdf.notice.title", english)),
                notice.caseNumber(),
                texts.noticeBody(notice, endpoints.platform() + "/cases/" + caseId + "/fees", english));
    }

    /** An English translation of a payment's receipt, for reading; the sealed Chinese receipt is the legal one. */
    public byte[] receiptInEnglish(UUID caseId, UUID paymentId, String username) {
        access.read(caseId, username);
        var payment = notices.payment(paymentId)
                .filter(found -> found.caseId().equals(caseId))
                .orElseThrow(() -> FeesProblem.notFound(paymentId));
        var notice = notices.find(notices.order(payment.orderId()).orElseThrow().noticeId())
                .orElseThrow();
        var english = java.util.Locale.ENGLISH;
        return documents.renderUnsealed(
                translation(texts.text("fees.pdf.receipt.title", english)),
                notice.caseNumber(),
                texts.receiptBody(notice, payment, english));
    }

    private String translation(String title) {
        return texts.text("fees.pdf.translation", java.util.Locale.ENGLISH, title);
    }

    /** The sealed fee notice PDF. */
    public byte[] noticePdf(UUID caseId, UUID noticeId, String username) {
        access.read(caseId, username);
        var notice = notices.find(noticeId)
                .filter(found -> found.caseId().equals(caseId))
                .orElseThrow(() -> FeesProblem.notFound(noticeId));
        var hash = notice.documentHash();
        if (hash == null) {
            throw FeesProblem.notFound(noticeId);
        }
        return documents
                .open(DocumentHash.of(hash))
                .orElseThrow(() -> FeesProblem.notFound(noticeId))
                .content();
    }
}
