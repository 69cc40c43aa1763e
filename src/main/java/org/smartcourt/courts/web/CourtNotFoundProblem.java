package org.smartcourt.courts.web;

import java.net.URI;
import org.smartcourt.shared.CourtCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No court on the official list has the requested code: 404. */
class CourtNotFoundProblem extends ErrorResponseException {

    static final URI TYPE = URI.create("/problems/court-not-found");

    CourtNotFoundProblem(CourtCode code) {
        super(HttpStatus.NOT_FOUND, body(code), null, "courts.problem.courtNotFound.detail", new Object[] {code.value()
        });
    }

    private static ProblemDetail body(CourtCode code) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No court has the code " + code + ".");
        body.setType(TYPE);
        body.setTitle("Court not found");
        return body;
    }

    @Override
    public String getTitleMessageCode() {
        return "courts.problem.courtNotFound.title";
    }
}
