package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Mainland mobile numbers: 1[3-9] and nine digits, optionally with +86 and separators, never inside a longer number. */
public final class MobileDetector implements Detector {

    static final String RULE = "2016规定第十条·手机号码";

    private static final Pattern MOBILE =
            Pattern.compile("(?<![0-9A-Za-z])(?:(?:\\+|00)?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?![0-9A-Za-z])");

    @Override
    public List<Redaction> detect(String text) {
        var found = new ArrayList<Redaction>();
        var matcher = MOBILE.matcher(text);
        while (matcher.find()) {
            if (precededByDigitGroup(text, matcher.start())) {
                continue;
            }
            found.add(new Redaction(
                    matcher.start(),
                    matcher.end(),
                    Category.PHONE,
                    RULE,
                    Detector.crosses(matcher.end() - matcher.start())));
        }
        return found;
    }

    /** "6222 1381234 5678" is a card in groups, not a phone: a digit group right before a space or dash. */
    private static boolean precededByDigitGroup(String text, int start) {
        return start >= 2
                && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '-')
                && Character.isDigit(text.charAt(start - 2));
    }
}
