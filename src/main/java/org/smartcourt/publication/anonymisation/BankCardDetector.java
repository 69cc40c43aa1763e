package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bank-card and account numbers: 13–19 digits (optionally in groups of four) that pass the Luhn check (ISO/IEC 7812-1
 * Annex B), start like a card (3, 4, 5, 6 or 9) and are not a valid resident ID number.
 */
public final class BankCardDetector implements Detector {

    static final String RULE = "2016规定第十条·银行卡号";

    private static final Pattern CARD =
            Pattern.compile("(?<![0-9A-Za-z])(?:\\d{13,19}|\\d{4}(?: \\d{4}){2,3}(?: \\d{1,3})?)(?![0-9A-Za-z])");

    @Override
    public List<Redaction> detect(String text) {
        var found = new ArrayList<Redaction>();
        var matcher = CARD.matcher(text);
        while (matcher.find()) {
            var digits = matcher.group().replace(" ", "");
            if (digits.length() >= 13
                    && digits.length() <= 19
                    && "34569".indexOf(digits.charAt(0)) >= 0
                    && passesLuhn(digits)
                    && !ResidentIdDetector.isValid(digits)) {
                found.add(new Redaction(
                        matcher.start(),
                        matcher.end(),
                        Category.BANK_CARD,
                        RULE,
                        Detector.crosses(matcher.end() - matcher.start())));
            }
        }
        return found;
    }

    /** ISO/IEC 7812-1 Annex B: double every second digit from the right, the sum must end in 0. */
    public static boolean passesLuhn(String digits) {
        var sum = 0;
        var doubled = false;
        for (var i = digits.length() - 1; i >= 0; i--) {
            var digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
