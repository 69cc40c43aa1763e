package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Fixed-line numbers with an area code: 0531-88881234, （010）12345678, 0755-1234567-801. */
public final class LandlineDetector implements Detector {

    static final String RULE = "2016规定第十条·固定电话";

    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9A-Za-z])(?:0\\d{2,3}[-－—]|[（(]0\\d{2,3}[）)]\\s?)[2-9]\\d{6,7}(?:[-－转]\\d{1,5})?(?![0-9A-Za-z])");

    @Override
    public List<Redaction> detect(String text) {
        var found = new ArrayList<Redaction>();
        var matcher = LANDLINE.matcher(text);
        while (matcher.find()) {
            found.add(new Redaction(
                    matcher.start(),
                    matcher.end(),
                    Category.PHONE,
                    RULE,
                    Detector.crosses(matcher.end() - matcher.start())));
        }
        return found;
    }
}
