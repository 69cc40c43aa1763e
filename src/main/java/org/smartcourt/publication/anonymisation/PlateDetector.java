package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Vehicle licence plates (GA 36-2018): province abbreviation, issuing-authority letter, then five characters (six for
 * new-energy vehicles), optionally with 挂/学/警 and the like. The province and letter stay; the rest becomes "×"
 * (法释〔2016〕19号 Art. 10 ¶2, e.g. 豫G×××××).
 */
public final class PlateDetector implements Detector {

    static final String RULE = "2016规定第十条·车牌号";

    private static final Pattern PLATE =
            Pattern.compile("(?<![A-Za-z0-9])([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z])[·•\\-\\s]?"
                    + "([A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}(?=[挂学警港澳领使试超]))([挂学警港澳领使试超])?(?![A-Za-z0-9])");

    @Override
    public List<Redaction> detect(String text) {
        var found = new ArrayList<Redaction>();
        var matcher = PLATE.matcher(text);
        while (matcher.find()) {
            var serial = matcher.group(2);
            if (serial.chars().noneMatch(Character::isDigit)) {
                continue;
            }
            var tail = text.substring(matcher.end(1), matcher.end());
            found.add(new Redaction(
                    matcher.start(),
                    matcher.end(),
                    Category.PLATE,
                    RULE,
                    matcher.group(1) + Detector.crosses(tail.length())));
        }
        return found;
    }
}
