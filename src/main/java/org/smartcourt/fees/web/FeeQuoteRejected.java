package org.smartcourt.fees.web;

import java.net.URI;
import org.smartcourt.fees.domain.FeeFactsRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A quote request the fee engine cannot answer: 400, with the reason as a message of the fees bundle. */
class FeeQuoteRejected extends ErrorResponseException {

    static final URI TYPE = URI.create("/problems/fee-facts-rejected");
    static final String TITLE = "fees.problem.title";

    FeeQuoteRejected(String detailMessageCode, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, problem(), null, detailMessageCode, arguments);
    }

    static FeeQuoteRejected of(FeeFactsRejected rejection) {
        return new FeeQuoteRejected(
                rejection.reason().messageKey(), rejection.arguments().toArray());
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
