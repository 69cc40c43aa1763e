package org.smartcourt.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A citizen's 公民身份号码 (resident ID number) per GB 11643-1999: a six-digit address code, an eight-digit birth date,
 * a three-digit sequence code and a check character. A lower-case {@code x} is accepted and stored upper-case.
 */
public record ResidentIdNumber(String value) {

    /** Why a text is not a resident ID number. */
    public enum Problem {
        WRONG_LENGTH,
        BAD_CHARACTERS,
        BAD_BIRTH_DATE,
        BIRTH_DATE_IN_FUTURE,
        BAD_CHECK_DIGIT
    }

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    // GB 11643-1999 §8.2: ISO 7064 MOD 11-2 weights for positions 1..17 and the check character for sum mod 11.
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public ResidentIdNumber {
        var problem = structuralProblem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Not a resident ID number (" + problem.get() + ")");
        }
    }

    /** Normalises the text (strips spaces, upper-cases {@code x}) and checks it, including that the birth is past. */
    public static ResidentIdNumber parse(String text, LocalDate today) {
        var normalised = normalise(text);
        problemWith(normalised, today).ifPresent(problem -> {
            throw new IllegalArgumentException("Not a resident ID number (" + problem + ")");
        });
        return new ResidentIdNumber(normalised);
    }

    /** The first rule the text breaks, if any, after normalising it. */
    public static Optional<Problem> problemWith(String text, LocalDate today) {
        var normalised = normalise(text);
        var problem = structuralProblem(normalised);
        if (problem.isPresent()) {
            return problem;
        }
        if (birthDateOf(normalised).isAfter(today)) {
            return Optional.of(Problem.BIRTH_DATE_IN_FUTURE);
        }
        return Optional.empty();
    }

    /** The check character that GB 11643-1999 gives the first seventeen digits. */
    public static char checkCharacter(String firstSeventeenDigits) {
        var sum = 0;
        for (var i = 0; i < WEIGHTS.length; i++) {
            sum += (firstSeventeenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The six-digit administrative division code of the place of first registration. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** Shows only the first and last four characters, for pages and logs. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<Problem> structuralProblem(String value) {
        if (value == null || value.length() != 18) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        if (!SHAPE.matcher(value).matches()) {
            return Optional.of(Problem.BAD_CHARACTERS);
        }
        try {
            var birth = birthDateOf(value);
            if (birth.getYear() < 1800) {
                return Optional.of(Problem.BAD_BIRTH_DATE);
            }
        } catch (DateTimeException e) {
            return Optional.of(Problem.BAD_BIRTH_DATE);
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return Optional.of(Problem.BAD_CHECK_DIGIT);
        }
        return Optional.empty();
    }

    private static LocalDate birthDateOf(String value) {
        return LocalDate.of(
                Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }
}
