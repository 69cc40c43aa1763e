package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is never masked, whatever a detector or a reviewer says: the case number and the names of the judges, people's
 * assessors, judicial assistants and clerk (法释〔2016〕19号 Art. 11 [U]; SPC statement of January 2026: masking them is
 * "显属不当", RULES.md §2.1 and §5.4).
 */
public final class ProtectedSpans {

    /** （2018）鲁0102刑初123号, (2021)最高法知民终892号之一, （2014）庆城民初字第833号, and procuratorate numbers [2017]700号. */
    static final Pattern CASE_NUMBER =
            Pattern.compile("[（(〔\\[［]\\d{4}[）)〕\\]］][^，。；、,;\\s（）()]{0,20}?第?\\d+号(?:之[一二三四五六七八九十]+)?");

    private static final List<String> OFFICER_WORDS =
            List.of("代理审判员", "人民陪审员", "代书记员", "法官助理", "审判长", "审判员", "陪审员", "书记员", "执行员");

    private static final Pattern OFFICER;

    static {
        var alternatives = new ArrayList<String>();
        for (var word : OFFICER_WORDS) {
            alternatives.add(String.join("[ \\t　]*", word.split("")));
        }
        OFFICER = Pattern.compile("(?:" + String.join("|", alternatives) + ")[ \\t　:：]*([\\p{IsHan}·]{2,12})");
    }

    /** Words that follow a judge's name in the body ("由审判员李晓杰独任审判"): the name ends before them. */
    private static final Pattern AFTER_NAME =
            Pattern.compile("独任|出庭|担任|主持|记录|适用|参加|依法|组成|到庭|宣判|公开|审理|代理|人民|审判|书记|法官|陪审|执行|二〇|二零|一九|〇");

    private final List<int[]> spans;
    private final Set<String> names;

    private ProtectedSpans(List<int[]> spans, Set<String> names) {
        this.spans = spans;
        this.names = names;
    }

    /** Finds the case numbers and court officers in the text, plus officers the case record names. */
    public static ProtectedSpans in(String text, Collection<String> officersFromRecord) {
        var names = new LinkedHashSet<String>(officersFromRecord);
        var officer = OFFICER.matcher(text);
        while (officer.find()) {
            var name = officer.group(1);
            var cut = AFTER_NAME.matcher(name);
            if (cut.find() && cut.start() > 0) {
                name = name.substring(0, cut.start());
            }
            if (name.indexOf('·') < 0 && name.length() > 4) {
                name = name.substring(0, 3);
            }
            if (name.length() >= 2 && !name.contains("某")) {
                names.add(name);
            }
        }
        var spans = new ArrayList<int[]>();
        var number = CASE_NUMBER.matcher(text);
        while (number.find()) {
            spans.add(new int[] {number.start(), number.end()});
        }
        for (var name : names) {
            for (var at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                spans.add(new int[] {at, at + name.length()});
            }
        }
        return new ProtectedSpans(List.copyOf(spans), Set.copyOf(names));
    }

    public boolean overlaps(int start, int end) {
        for (var span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** The names of court officers found: judges, people's assessors, judicial assistants, clerks. */
    public Set<String> officerNames() {
        return names;
    }
}
