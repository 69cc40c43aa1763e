package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses (contact details, 法释〔2016〕19号 Art. 10 ¶1 (1)). */
public final class EmailDetector implements Detector {

    static final String RULE = "2016规定第十条·电子邮箱";

    private static final Pattern EMAIL =
            Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    @Override
    public List<Redaction> detect(String text) {
        var found = new ArrayList<Redaction>();
        var matcher = EMAIL.matcher(text);
        while (matcher.find()) {
            found.add(new Redaction(
                    matcher.start(),
                    matcher.end(),
                    Category.EMAIL,
                    RULE,
                    Detector.crosses(matcher.end() - matcher.start())));
        }
        return found;
    }
}
