package org.smartcourt.publication.application;

import org.smartcourt.api.ApiProblemException;
import org.smartcourt.publication.domain.ExclusionGround;
import org.springframework.http.HttpStatus;

/** Problems of the publication workflow; titles and details in {@code messages/publication_*.properties}. */
public final class PublicationProblem {

    private static final String PREFIX = "publication.workflow.problem.";

    private PublicationProblem() {}

    /** No such item, or not one of the caller's courts (which the caller is not told). */
    public static ApiProblemException itemNotFound(String id) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "publication-item-not-found", PREFIX + "itemNotFound", id);
    }

    /** No such published record, or not one of the caller's courts. */
    public static ApiProblemException judgmentNotFound(String id) {
        return new ApiProblemException(
                HttpStatus.NOT_FOUND, "published-judgment-not-found", PREFIX + "judgmentNotFound", id);
    }

    static ApiProblemException notReviewer(String court) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, "not-publication-reviewer", PREFIX + "notReviewer", court);
    }

    static ApiProblemException alreadyDecided(String status) {
        return new ApiProblemException(
                HttpStatus.CONFLICT, "publication-item-decided", PREFIX + "alreadyDecided", status);
    }

    static ApiProblemException excludedByLaw(ExclusionGround ground) {
        var problem = new ApiProblemException(
                HttpStatus.CONFLICT,
                "excluded-from-publication",
                PREFIX + "excludedByLaw." + ground.name(),
                ground.citation());
        problem.getBody().setProperty("ground", ground.name());
        return problem;
    }

    static ApiProblemException staleReview() {
        return new ApiProblemException(HttpStatus.CONFLICT, "publication-review-stale", PREFIX + "staleReview");
    }

    static ApiProblemException changedMeanwhile() {
        return new ApiProblemException(HttpStatus.CONFLICT, "publication-item-changed", PREFIX + "changedMeanwhile");
    }

    /** A request the workflow cannot act on; {@code reason} names the message under {@code invalid.}. */
    public static ApiProblemException invalid(String reason, Object... arguments) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST, "invalid-publication-request", PREFIX + "invalid." + reason, arguments);
    }

    static ApiProblemException recordNotChangeable(String reason) {
        return new ApiProblemException(
                HttpStatus.CONFLICT, "published-record-not-changeable", PREFIX + "notChangeable." + reason);
    }
}
