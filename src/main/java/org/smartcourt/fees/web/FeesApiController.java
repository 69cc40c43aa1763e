package org.smartcourt.fees.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.application.ApproveRefund;
import org.smartcourt.fees.application.FeesProblem;
import org.smartcourt.fees.application.PayFeeNotice;
import org.smartcourt.fees.application.ProposeRefund;
import org.smartcourt.fees.application.ShowCaseFees;
import org.smartcourt.fees.domain.RefundGround;
import org.smartcourt.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's fee notices, payment, ledger, receipts and refunds, for its parties and its court's staff. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
@Tag(name = "Case fees", description = "Fee notices, online payment, ledger, receipts and refunds of a case")
class FeesApiController {

    private final ShowCaseFees show;
    private final PayFeeNotice pay;
    private final ProposeRefund propose;
    private final ApproveRefund approve;
    private final MessageSource messages;

    FeesApiController(
            ShowCaseFees show, PayFeeNotice pay, ProposeRefund propose, ApproveRefund approve, MessageSource messages) {
        this.show = show;
        this.pay = pay;
        this.propose = propose;
        this.approve = approve;
        this.messages = messages;
    }

    @GetMapping("/fee-notices")
    @Operation(summary = "The case's fee notices (缴费通知书) with breakdown, deadline and how to pay")
    List<FeeViews.Notice> notices(Authentication caller, @PathVariable String caseId, Locale locale) {
        var id = id(caseId);
        return show.notices(id, caller.getName()).stream()
                .map(notice -> FeeViews.Notice.of(
                        notice,
                        FeeViews.english(locale),
                        messages.getMessage("fees.notice.howToPay", null, locale),
                        notice.assumption() == null ? null : messages.getMessage(notice.assumption(), null, locale)))
                .toList();
    }

    @PostMapping("/fee-notices/{noticeId}/payment")
    @Operation(summary = "Opens a gateway order for the notice and returns the hosted payment page")
    FeeViews.Order payNotice(Authentication caller, @PathVariable String caseId, @PathVariable String noticeId) {
        var order = pay.pay(id(caseId), id(noticeId), caller.getName());
        return new FeeViews.Order(
                order.id(),
                order.amount().toString(),
                order.payUrl(),
                order.status().name());
    }

    @GetMapping("/payment-orders/{orderId}")
    @Operation(summary = "An order's status as booked from the gateway's notification (poll after returning)")
    FeeViews.Order order(Authentication caller, @PathVariable String caseId, @PathVariable String orderId) {
        var order = show.order(id(caseId), id(orderId), caller.getName());
        return new FeeViews.Order(
                order.id(),
                order.amount().toString(),
                order.payUrl(),
                order.status().name());
    }

    @GetMapping("/payments")
    @Operation(summary = "The payments booked for the case, with their receipts")
    List<FeeViews.PaymentView> payments(Authentication caller, @PathVariable String caseId) {
        return show.show(id(caseId), caller.getName()).payments().stream()
                .map(FeeViews.PaymentView::of)
                .toList();
    }

    @GetMapping("/ledger")
    @Operation(summary = "The case's double-entry fee ledger with balances")
    FeeViews.Ledger ledger(Authentication caller, @PathVariable String caseId) {
        var id = id(caseId);
        return FeeViews.Ledger.of(id, show.ledger(id, caller.getName()));
    }

    @GetMapping(path = "/receipts/{paymentId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The sealed electronic receipt (电子票据) of a payment")
    ResponseEntity<byte[]> receipt(Authentication caller, @PathVariable String caseId, @PathVariable String paymentId) {
        return pdf(show.receipt(id(caseId), id(paymentId), caller.getName()), "receipt-" + paymentId + ".pdf");
    }

    @GetMapping(path = "/fee-notices/{noticeId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The sealed fee notice PDF")
    ResponseEntity<byte[]> noticePdf(
            Authentication caller, @PathVariable String caseId, @PathVariable String noticeId) {
        return pdf(show.noticePdf(id(caseId), id(noticeId), caller.getName()), "fee-notice-" + noticeId + ".pdf");
    }

    @GetMapping(path = "/fee-notices/{noticeId}/english.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "An English translation of the fee notice, for reading (not sealed; the Chinese one is legal)")
    ResponseEntity<byte[]> noticeInEnglish(
            Authentication caller, @PathVariable String caseId, @PathVariable String noticeId) {
        return pdf(
                show.noticeInEnglish(id(caseId), id(noticeId), caller.getName()), "fee-notice-" + noticeId + "-en.pdf");
    }

    @GetMapping(path = "/receipts/{paymentId}/english.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "An English translation of a payment's receipt, for reading (not sealed)")
    ResponseEntity<byte[]> receiptInEnglish(
            Authentication caller, @PathVariable String caseId, @PathVariable String paymentId) {
        return pdf(
                show.receiptInEnglish(id(caseId), id(paymentId), caller.getName()), "receipt-" + paymentId + "-en.pdf");
    }

    @GetMapping("/refunds")
    @Operation(summary = "The case's refunds (退费) and their status")
    List<FeeViews.RefundView> refunds(Authentication caller, @PathVariable String caseId) {
        return show.refunds(id(caseId), caller.getName()).stream()
                .map(FeeViews.RefundView::of)
                .toList();
    }

    /** A clerk's refund proposal: the ground, and for a claim reduction the claims after it. */
    record RefundProposal(
            String ground,
            @Nullable LocalDate effectiveOn,
            @Nullable List<String> reducedClaims) {}

    @PostMapping("/refunds")
    @Operation(summary = "A clerk of the court proposes a refund computed by rule (maker)")
    ResponseEntity<FeeViews.RefundView> proposeRefund(
            Authentication caller, @PathVariable String caseId, @RequestBody RefundProposal proposal) {
        RefundGround ground;
        try {
            ground = RefundGround.valueOf(proposal.ground());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw FeesProblem.notFound(String.valueOf(proposal.ground()));
        }
        var claims = proposal.reducedClaims() == null
                ? null
                : proposal.reducedClaims().stream().map(Money::yuan).toList();
        var refund = propose.propose(id(caseId), caller.getName(), ground, proposal.effectiveOn(), claims);
        return ResponseEntity.status(201).body(FeeViews.RefundView.of(refund));
    }

    @PostMapping("/refunds/{refundId}/approval")
    @Operation(summary = "A finance officer of the court who did not propose it approves the refund (checker)")
    FeeViews.RefundView approveRefund(
            Authentication caller, @PathVariable String caseId, @PathVariable String refundId) {
        return FeeViews.RefundView.of(approve.approve(id(caseId), id(refundId), caller.getName()));
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .body(content);
    }

    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw FeesProblem.notFound(text);
        }
    }
}
