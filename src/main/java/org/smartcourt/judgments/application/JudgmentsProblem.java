package org.smartcourt.judgments.application;

import org.smartcourt.api.ApiProblemException;
import org.springframework.http.HttpStatus;

/** Problems of the judgments module; titles and details come from {@code messages/judgments_*.properties}. */
public final class JudgmentsProblem {

    private JudgmentsProblem() {}

    /** For a path that does not name a case. */
    public static ApiProblemException caseNotFoundFor(String id) {
        return caseNotFound(id);
    }

    /** For a request whose fields cannot be read (an unknown kind, a malformed date or id). */
    public static ApiProblemException unreadable(String field) {
        return invalid("field", field);
    }

    static ApiProblemException caseNotFound(String id) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "case-not-found", "judgments.problem.caseNotFound", id);
    }

    static ApiProblemException notCourtStaff(String court) {
        return new ApiProblemException(
                HttpStatus.FORBIDDEN, "not-court-clerk", "judgments.problem.notCourtClerk", court);
    }

    static ApiProblemException invalid(String reasonKey, Object... arguments) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST, "invalid-decision", "judgments.problem.invalid." + reasonKey, arguments);
    }

    static ApiProblemException alreadyRecorded() {
        return new ApiProblemException(
                HttpStatus.CONFLICT, "decision-already-recorded", "judgments.problem.alreadyRecorded");
    }

    static ApiProblemException decisionNotFound(String id) {
        return new ApiProblemException(
                HttpStatus.NOT_FOUND, "decision-not-found", "judgments.problem.decisionNotFound", id);
    }

    static ApiProblemException notAwaitingEffect() {
        return new ApiProblemException(
                HttpStatus.CONFLICT, "decision-not-awaiting-effect", "judgments.problem.notAwaitingEffect");
    }

    static ApiProblemException tooLarge(long maxBytes) {
        return new ApiProblemException(
                HttpStatus.CONTENT_TOO_LARGE, "decision-too-large", "judgments.problem.tooLarge", maxBytes / 1024);
    }
}
