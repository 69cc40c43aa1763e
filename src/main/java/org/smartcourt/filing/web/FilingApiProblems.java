package org.smartcourt.filing.web;

import java.util.Locale;
import org.smartcourt.api.ProblemResponses;
import org.smartcourt.filing.application.ElementsRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers rejected element by element become a {@code validation-failed} problem whose {@code errors} name each field
 * ({@code facts.loanDate}, {@code claims.principal.amount}) with its message in the request's language, like the
 * api module does for Bean Validation.
 */
@RestControllerAdvice(assignableTypes = {FilingApiController.class, AnswerApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FilingApiProblems {

    private final ProblemResponses problems;
    private final ViolationMessages messages;

    FilingApiProblems(ProblemResponses problems, ViolationMessages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(ElementsRejected.class)
    ResponseEntity<ProblemDetail> rejected(
            ElementsRejected rejected, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        var problem = problems.problem(
                HttpStatus.BAD_REQUEST,
                "validation-failed",
                "api.problem.validation-failed",
                locale,
                rejected.violations().size());
        problem.setProperty("errors", messages.of(rejected.violations(), locale));
        problem.setInstance(ProblemResponses.instance(request.getRequestURI()));
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
