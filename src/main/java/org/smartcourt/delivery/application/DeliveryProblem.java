package org.smartcourt.delivery.application;

import java.util.UUID;
import org.smartcourt.api.ApiProblemException;
import org.springframework.http.HttpStatus;

/** The errors of the service of documents, as RFC 9457 problems in the reader's language. */
public final class DeliveryProblem extends ApiProblemException {

    private DeliveryProblem(HttpStatus status, String slug, String code, Object... arguments) {
        super(status, slug, code, arguments);
    }

    public static DeliveryProblem caseNotRegistered(UUID caseId) {
        return new DeliveryProblem(
                HttpStatus.CONFLICT, "case-not-registered", "delivery.problem.caseNotRegistered", caseId.toString());
    }

    public static DeliveryProblem noSuchCase(String caseId) {
        return new DeliveryProblem(HttpStatus.NOT_FOUND, "case-not-found", "delivery.problem.noSuchCase", caseId);
    }

    public static DeliveryProblem noSuchService(String id) {
        return new DeliveryProblem(HttpStatus.NOT_FOUND, "service-not-found", "delivery.problem.noSuchService", id);
    }

    public static DeliveryProblem accessDenied() {
        return new DeliveryProblem(HttpStatus.FORBIDDEN, "forbidden", "delivery.problem.accessDenied");
    }

    public static DeliveryProblem notCourtStaff(String court) {
        return new DeliveryProblem(HttpStatus.FORBIDDEN, "not-court-staff", "delivery.problem.notCourtStaff", court);
    }

    public static DeliveryProblem unknownDocument(String hash) {
        return new DeliveryProblem(
                HttpStatus.UNPROCESSABLE_CONTENT, "unknown-document", "delivery.problem.unknownDocument", hash);
    }

    public static DeliveryProblem documentOfAnotherCase(String reference) {
        return new DeliveryProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "document-of-another-case",
                "delivery.problem.documentOfAnotherCase",
                reference);
    }

    public static DeliveryProblem noRecipients() {
        return new DeliveryProblem(HttpStatus.UNPROCESSABLE_CONTENT, "no-recipients", "delivery.problem.noRecipients");
    }

    public static DeliveryProblem unknownParty(String reference) {
        return new DeliveryProblem(
                HttpStatus.UNPROCESSABLE_CONTENT, "unknown-party", "delivery.problem.unknownParty", reference);
    }

    public static DeliveryProblem notAParty() {
        return new DeliveryProblem(HttpStatus.FORBIDDEN, "not-a-party", "delivery.problem.notAParty");
    }

    public static DeliveryProblem invalid(String field, String messageCode) {
        var problem = new DeliveryProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-" + field, messageCode);
        problem.getBody().setProperty("field", field);
        return problem;
    }

    public static DeliveryProblem notAPdf() {
        return new DeliveryProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-a-pdf", "delivery.problem.notAPdf");
    }

    public static DeliveryProblem postalStep() {
        return new DeliveryProblem(HttpStatus.CONFLICT, "postal-step", "delivery.problem.postalStep");
    }

    public static DeliveryProblem publicNoticeRefused(String reason) {
        return new DeliveryProblem(
                HttpStatus.CONFLICT, "public-notice-refused", "delivery.problem.publicNotice." + reason);
    }

    /** The field a validation problem is about, if it is about one. */
    public String field() {
        var properties = getBody().getProperties();
        return properties == null ? "" : String.valueOf(properties.getOrDefault("field", ""));
    }
}
