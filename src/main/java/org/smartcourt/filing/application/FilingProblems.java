package org.smartcourt.filing.application;

import java.util.UUID;
import org.smartcourt.api.ApiProblemException;
import org.springframework.http.HttpStatus;

/** The problems of filing; titles and details come from {@code messages/filing_*.properties}. */
public final class FilingProblems {

    private FilingProblems() {}

    public static ApiProblemException draftNotFound(String id) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "draft-not-found", "filing.problem.draftNotFound", id);
    }

    static ApiProblemException notYourDraft(UUID id) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, "forbidden", "filing.problem.notYourDraft", id);
    }

    public static ApiProblemException unknownType(String type) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "case-type-not-found", "filing.problem.unknownType", type);
    }

    static ApiProblemException alreadySubmitted(UUID id) {
        return new ApiProblemException(HttpStatus.CONFLICT, "draft-submitted", "filing.problem.alreadySubmitted", id);
    }

    static ApiProblemException changedMeanwhile(UUID id) {
        return new ApiProblemException(HttpStatus.CONFLICT, "draft-changed", "filing.problem.changedMeanwhile", id);
    }

    static ApiProblemException notVerified() {
        return new ApiProblemException(HttpStatus.FORBIDDEN, "real-name-required", "filing.problem.notVerified");
    }

    static ApiProblemException noLicence() {
        return new ApiProblemException(HttpStatus.FORBIDDEN, "licence-required", "filing.problem.noLicence");
    }

    static ApiProblemException noComplaint(UUID id) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "complaint-not-found", "filing.problem.noComplaint", id);
    }

    static ApiProblemException notADefendant(UUID caseId) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, "forbidden", "filing.problem.notADefendant", caseId);
    }
}
