package org.smartcourt.filing.application;

import java.util.List;
import org.smartcourt.api.ApiProblemException;
import org.smartcourt.filing.domain.Violation;
import org.springframework.http.HttpStatus;

/**
 * Answers, files or a submission rejected field by field; the web layer turns the violations into the {@code errors}
 * of a {@code validation-failed} problem, or shows each next to its field.
 */
public class ElementsRejected extends ApiProblemException {

    private final transient List<Violation> violations;

    public ElementsRejected(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, "validation-failed", "api.problem.validation-failed", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ElementsRejected(violations);
        }
    }
}
