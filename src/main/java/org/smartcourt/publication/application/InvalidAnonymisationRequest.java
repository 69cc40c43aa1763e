package org.smartcourt.publication.application;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request the anonymiser cannot process: 400 with a problem detail in the caller's language. */
public class InvalidAnonymisationRequest extends ErrorResponseException {

    static final URI TYPE = URI.create("/problems/invalid-anonymisation-request");
    static final String TITLE = "publication.anonymize.invalid.title";

    InvalidAnonymisationRequest(String reason, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, problem(), null, "publication.anonymize.invalid." + reason, arguments);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(TYPE);
        return problem;
    }

    @Override
    public String getTitleMessageCode() {
        return TITLE;
    }
}
