package org.smartcourt.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * An organisation's 统一社会信用代码 (unified social credit code) per GB 32100-2015: a registration authority code, an
 * organisation type code, a six-digit administrative division code, a nine-character organisation code and a check
 * character, drawn from the digits and the capital letters except I, O, S, V and Z.
 */
public record UnifiedSocialCreditCode(String value) {

    /** Why a text is not a unified social credit code. */
    public enum Problem {
        WRONG_LENGTH,
        BAD_CHARACTERS,
        BAD_CHECK_DIGIT
    }

    // GB 32100-2015 §4.3 and Appendix A: the 31 characters with their values 0..30.
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // GB 32100-2015 Appendix B: weights 3^(i-1) mod 31 for positions 1..17; check = 31 - (sum mod 31), 31 becomes 0.
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        var problem = problemOf(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Not a unified social credit code (" + problem.get() + ")");
        }
    }

    public static UnifiedSocialCreditCode parse(String text) {
        return new UnifiedSocialCreditCode(normalise(text));
    }

    public static Optional<Problem> problemWith(String text) {
        return problemOf(normalise(text));
    }

    /** The check character that GB 32100-2015 gives the first seventeen characters. */
    public static char checkCharacter(String firstSeventeen) {
        var sum = 0;
        for (var i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(firstSeventeen.charAt(i)) * WEIGHTS[i];
        }
        var check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The six-digit administrative division code of the registering authority. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<Problem> problemOf(String value) {
        if (value == null || value.length() != 18) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        for (var i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Optional.of(Problem.BAD_CHARACTERS);
            }
        }
        for (var i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return Optional.of(Problem.BAD_CHARACTERS);
            }
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return Optional.of(Problem.BAD_CHECK_DIGIT);
        }
        return Optional.empty();
    }
}
