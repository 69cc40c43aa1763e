package org.smartcourt.fees.application;

import org.smartcourt.api.ApiProblemException;
import org.springframework.http.HttpStatus;

/** The problems the fee use cases report, each with its message key in {@code messages/fees_*.properties}. */
public final class FeesProblem {

    private FeesProblem() {}

    public static ApiProblemException caseNotFound(Object caseId) {
        return new ApiProblemException(
                HttpStatus.NOT_FOUND, "fees-case-not-found", "fees.problem.caseNotFound", caseId);
    }

    public static ApiProblemException accessDenied(Object caseId) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, "fees-access-denied", "fees.problem.accessDenied", caseId);
    }

    public static ApiProblemException notFound(Object what) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "fees-not-found", "fees.problem.notFound", what);
    }

    public static ApiProblemException notPayable(Object noticeId) {
        return new ApiProblemException(
                HttpStatus.CONFLICT, "fee-notice-not-payable", "fees.problem.notPayable", noticeId);
    }

    public static ApiProblemException gatewayUnavailable() {
        return new ApiProblemException(
                HttpStatus.SERVICE_UNAVAILABLE, "payment-gateway-unavailable", "fees.problem.gatewayUnavailable");
    }

    public static ApiProblemException badSignature() {
        return new ApiProblemException(
                HttpStatus.UNAUTHORIZED, "payment-notification-signature", "fees.problem.badSignature");
    }

    public static ApiProblemException badNotification(String field) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST, "payment-notification-invalid", "fees.problem.badNotification", field);
    }

    public static ApiProblemException notClerk(Object court) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, "fees-not-court-clerk", "fees.problem.notClerk", court);
    }

    public static ApiProblemException notFinance(Object court) {
        return new ApiProblemException(
                HttpStatus.FORBIDDEN, "fees-not-court-finance", "fees.problem.notFinance", court);
    }

    public static ApiProblemException proposerMayNotApprove() {
        return new ApiProblemException(
                HttpStatus.FORBIDDEN, "refund-maker-checker", "fees.problem.proposerMayNotApprove");
    }

    public static ApiProblemException nothingToRefund() {
        return new ApiProblemException(HttpStatus.CONFLICT, "refund-nothing-due", "fees.problem.nothingToRefund");
    }

    public static ApiProblemException reliefPending(Object caseId) {
        return new ApiProblemException(HttpStatus.CONFLICT, "fee-relief-pending", "fees.problem.reliefPending", caseId);
    }

    public static ApiProblemException reliefNotOpen(Object status) {
        return new ApiProblemException(
                HttpStatus.CONFLICT, "fee-relief-nothing-to-relieve", "fees.problem.reliefNotOpen", status);
    }

    public static ApiProblemException reliefTooLate(Object deadline) {
        return new ApiProblemException(
                HttpStatus.CONFLICT, "fee-relief-too-late", "fees.problem.reliefTooLate", deadline);
    }

    public static ApiProblemException reliefDecided(Object status) {
        return new ApiProblemException(HttpStatus.CONFLICT, "fee-relief-decided", "fees.problem.reliefDecided", status);
    }

    public static ApiProblemException notReliefDecider(Object court) {
        return new ApiProblemException(
                HttpStatus.FORBIDDEN, "fees-not-relief-decider", "fees.problem.notReliefDecider", court);
    }

    public static ApiProblemException refundNotProposed(Object status) {
        return new ApiProblemException(
                HttpStatus.CONFLICT, "refund-not-proposed", "fees.problem.refundNotProposed", status);
    }
}
