package org.smartcourt.fees.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.fees.domain.ReliefGround;
import org.smartcourt.fees.domain.ReliefKind;

/** Reads the fields of a relief application or decision as typed, noting each field that cannot be read. */
final class ReliefInput {

    private final List<ReliefRejected.FieldProblem> problems;

    ReliefInput(List<ReliefRejected.FieldProblem> problems) {
        this.problems = problems;
    }

    @Nullable
    ReliefKind kind(@Nullable String text) {
        if (text == null || text.isBlank()) {
            problems.add(problem("kind", "fees.relief.error.kindRequired"));
            return null;
        }
        try {
            return ReliefKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem("kind", "fees.relief.error.kindUnknown", text));
            return null;
        }
    }

    Set<ReliefGround> grounds(@Nullable List<String> texts) {
        var grounds = EnumSet.noneOf(ReliefGround.class);
        if (texts == null) {
            return grounds;
        }
        for (var text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                grounds.add(ReliefGround.valueOf(text.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(problem("grounds", "fees.relief.error.groundUnknown", text));
            }
        }
        return grounds;
    }

    @Nullable
    Integer percent(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            problems.add(problem("reductionPercent", "fees.relief.error.percentNotWhole", text));
            return null;
        }
    }

    @Nullable
    LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(problem("deferUntil", "fees.relief.error.dateInvalid", text));
            return null;
        }
    }

    static ReliefRejected.FieldProblem problem(String field, String key, String... arguments) {
        return new ReliefRejected.FieldProblem(field, key, List.of(arguments));
    }
}
