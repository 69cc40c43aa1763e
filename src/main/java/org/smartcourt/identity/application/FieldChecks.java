package org.smartcourt.identity.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Collects every field problem of a request, so that the person sees them all at once. */
final class FieldChecks {

    private final List<IdentityProblem.FieldProblem> problems = new ArrayList<>();

    /** The stripped value, or null after recording it as missing or too long. */
    @Nullable
    String required(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "identity.field.required");
            return null;
        }
        return optional(field, value, maxLength);
    }

    @Nullable
    String optional(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength) {
            reject(field, "identity.field.tooLong");
            return null;
        }
        return stripped;
    }

    /** The parsed value, or null after recording the problem the checker names. */
    <T> @Nullable T parse(
            String field,
            @Nullable String value,
            Function<String, T> parser,
            Function<String, Optional<String>> check) {
        if (value == null || value.isBlank()) {
            reject(field, "identity.field.required");
            return null;
        }
        var problem = check.apply(value);
        if (problem.isPresent()) {
            reject(field, problem.get());
            return null;
        }
        return parser.apply(value);
    }

    void reject(String field, String messageCode) {
        problems.add(new IdentityProblem.FieldProblem(field, messageCode));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new IdentityProblem.InvalidRequest(problems);
        }
    }
}
