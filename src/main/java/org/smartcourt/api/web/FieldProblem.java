package org.smartcourt.api.web;

import java.util.Comparator;

/** One entry of the {@code errors} list of a {@code validation-failed} problem. */
record FieldProblem(String field, String message) {

    static final Comparator<FieldProblem> BY_FIELD =
            Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message);
}
