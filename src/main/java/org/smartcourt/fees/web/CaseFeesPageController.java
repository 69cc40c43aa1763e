package org.smartcourt.fees.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.application.ApproveRefund;
import org.smartcourt.fees.application.PayFeeNotice;
import org.smartcourt.fees.application.ProposeRefund;
import org.smartcourt.fees.application.ShowCaseFees;
import org.smartcourt.fees.application.ShowFeeRelief;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case's fee page: the notice with its breakdown, the pay button, the payment status, the ledger and the receipts.
 * Coming back from the gateway with {@code ?order=} shows "processing" until the gateway's notification is booked.
 */
@Controller
@RequestMapping("/cases/{caseId}/fees")
class CaseFeesPageController {

    private final ShowCaseFees show;
    private final PayFeeNotice pay;
    private final ShowFeeRelief relief;
    private final ProposeRefund propose;
    private final ApproveRefund approve;

    CaseFeesPageController(
            ShowCaseFees show, PayFeeNotice pay, ShowFeeRelief relief, ProposeRefund propose, ApproveRefund approve) {
        this.show = show;
        this.pay = pay;
        this.relief = relief;
        this.propose = propose;
        this.approve = approve;
    }

    /** A clerk proposes a refund computed by rule (the maker). */
    @PostMapping("/refunds/{refundId}/proposal")
    String proposeRefund(Authentication caller, @PathVariable String caseId, @PathVariable String refundId) {
        var id = FeesApiController.id(caseId);
        var refund = show.refunds(id, caller.getName()).stream()
                .filter(candidate -> candidate.id().equals(FeesApiController.id(refundId)))
                .findFirst()
                .orElseThrow(() -> org.smartcourt.fees.application.FeesProblem.notFound(refundId));
        propose.propose(id, caller.getName(), refund.ground(), refund.effectiveOn(), null);
        return "redirect:/cases/" + id + "/fees";
    }

    /** A finance officer who did not propose the refund approves it; it goes back through the gateway (the checker). */
    @PostMapping("/refunds/{refundId}/approval")
    String approveRefund(Authentication caller, @PathVariable String caseId, @PathVariable String refundId) {
        var id = FeesApiController.id(caseId);
        approve.approve(id, FeesApiController.id(refundId), caller.getName());
        return "redirect:/cases/" + id + "/fees";
    }

    @GetMapping
    String page(
            Authentication caller,
            @PathVariable String caseId,
            @RequestParam(required = false) @Nullable String order,
            Locale locale,
            Model model) {
        var id = FeesApiController.id(caseId);
        var fees = show.show(id, caller.getName());
        model.addAttribute("fees", fees);
        model.addAttribute("english", FeeViews.english(locale));
        model.addAttribute("ledger", FeeViews.Ledger.of(id, fees.ledger()));
        model.addAttribute("relief", relief.ifVisible(id, caller.getName()));
        if (order != null) {
            model.addAttribute("order", show.order(id, FeesApiController.id(order), caller.getName()));
        }
        return "fees/case-fees";
    }

    @GetMapping("/orders/{orderId}")
    String orderStatus(Authentication caller, @PathVariable String caseId, @PathVariable String orderId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute(
                "order", show.order(FeesApiController.id(caseId), FeesApiController.id(orderId), caller.getName()));
        return "fees/case-fees :: orderStatus";
    }

    @PostMapping("/{noticeId}/payment")
    String pay(Authentication caller, @PathVariable String caseId, @PathVariable String noticeId) {
        var order = pay.pay(FeesApiController.id(caseId), FeesApiController.id(noticeId), caller.getName());
        return "redirect:" + order.payUrl();
    }

    @GetMapping(path = "/receipts/{paymentId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receipt(Authentication caller, @PathVariable String caseId, @PathVariable String paymentId) {
        var pdf = show.receipt(FeesApiController.id(caseId), FeesApiController.id(paymentId), caller.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"receipt-" + paymentId + ".pdf\"")
                .body(pdf);
    }

    @GetMapping(path = "/notices/{noticeId}/english.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> noticeInEnglish(
            Authentication caller, @PathVariable String caseId, @PathVariable String noticeId) {
        var pdf = show.noticeInEnglish(FeesApiController.id(caseId), FeesApiController.id(noticeId), caller.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"fee-notice-" + noticeId + "-en.pdf\"")
                .body(pdf);
    }

    @GetMapping(path = "/receipts/{paymentId}/english.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receiptInEnglish(
            Authentication caller, @PathVariable String caseId, @PathVariable String paymentId) {
        var pdf =
                show.receiptInEnglish(FeesApiController.id(caseId), FeesApiController.id(paymentId), caller.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"receipt-" + paymentId + "-en.pdf\"")
                .body(pdf);
    }

    @GetMapping(path = "/notices/{noticeId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> notice(Authentication caller, @PathVariable String caseId, @PathVariable String noticeId) {
        var pdf = show.noticePdf(FeesApiController.id(caseId), FeesApiController.id(noticeId), caller.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"fee-notice-" + noticeId + ".pdf\"")
                .body(pdf);
    }
}
