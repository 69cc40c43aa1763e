package org.smartcourt.publication.anonymisation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Resident identity card numbers (公民身份号码), 18-digit and the legacy 15-digit form. */
public final class ResidentIdDetector implements Detector {

    static final String RULE = "2016规定第十条·身份证号";

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");

    // GB 11643-1999 §8: weights 2^(17-i) mod 11 and the check characters of ISO 7064 MOD 11-2.
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    @Override
    public List<Redaction> detect(String text) {
        var found = new ArrayList<Redaction>();
        var matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isValid(matcher.group(1))) {
                found.add(new Redaction(
                        matcher.start(1),
                        matcher.end(1),
                        Category.ID_NUMBER,
                        RULE,
                        Detector.crosses(matcher.group(1).length())));
            }
        }
        return found;
    }

    /** An 18-digit number with a valid birth date and check digit, or a 15-digit number with a valid birth date. */
    public static boolean isValid(String number) {
        if (number.length() == 18) {
            return number.substring(0, 17).chars().allMatch(Character::isDigit)
                    && isDate(number.substring(6, 14))
                    && Character.toUpperCase(number.charAt(17)) == checkCharacter(number.substring(0, 17));
        }
        // GB 11643-1989 (15 digits): area code, YYMMDD, sequence; no check digit.
        return number.length() == 15
                && number.chars().allMatch(Character::isDigit)
                && isDate("19" + number.substring(6, 12));
    }

    /** GB 11643-1999 §8.2: the check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        var sum = 0;
        for (var i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean isDate(String yyyymmdd) {
        try {
            var year = Integer.parseInt(yyyymmdd.substring(0, 4));
            if (year < 1880 || year > 2100) {
                return false;
            }
            LocalDate.of(year, Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
