package org.smartcourt.fees.application;

import java.util.List;
import org.smartcourt.fees.domain.ReliefViolation;

/**
 * An application for fee relief or a decision on it that cannot be accepted as sent: each error names its field and a
 * message key of the fees bundle with its arguments. The web layer shows them next to the fields, the API as a 400
 * problem with an {@code errors} list.
 */
public class ReliefRejected extends RuntimeException {

    /** One field in error. */
    public record FieldProblem(String field, String messageKey, List<String> arguments) {

        public FieldProblem {
            arguments = List.copyOf(arguments);
        }

        static FieldProblem of(ReliefViolation violation) {
            return new FieldProblem(violation.rule().field(), violation.rule().messageKey(), violation.arguments());
        }
    }

    private final transient List<FieldProblem> problems;

    ReliefRejected(List<FieldProblem> problems) {
        super("Fee relief rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    static ReliefRejected of(List<ReliefViolation> violations) {
        return new ReliefRejected(violations.stream().map(FieldProblem::of).toList());
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
