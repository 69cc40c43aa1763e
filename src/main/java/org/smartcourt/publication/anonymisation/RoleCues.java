package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Infers a person's role from the word that introduces the name: 被害人李某, 证人王某、赵某 (both witnesses). */
final class RoleCues {

    private static final List<Map.Entry<String, Role>> CUES;

    static {
        var cues = new ArrayList<Map.Entry<String, Role>>();
        for (var role : Role.values()) {
            role.words().forEach(word -> cues.add(Map.entry(word, role)));
        }
        cues.sort(Comparator.comparingInt(
                        (Map.Entry<String, Role> cue) -> cue.getKey().length())
                .reversed());
        CUES = List.copyOf(cues);
    }

    private RoleCues() {}

    /** The role named right before {@code start}, following a list joined by 、 back to its cue; OTHER if none. */
    static Role before(String text, int start) {
        var at = skipSeparators(text, start);
        for (var hops = 0; hops < 8; hops++) {
            for (var cue : CUES) {
                if (text.startsWith(cue.getKey(), at - cue.getKey().length())) {
                    return cue.getValue();
                }
            }
            // 证人辛某某、刘某某、胡某某: step back over one listed name (2-4 characters, or a dotted name) and its 、
            if (at > 0 && text.charAt(at - 1) == '、') {
                var previous = listedNameStart(text, at - 1);
                if (previous < 0) {
                    return Role.OTHER;
                }
                at = previous;
                continue;
            }
            return Role.OTHER;
        }
        return Role.OTHER;
    }

    /** The start of the name that ends at {@code end}, if a cue or another 、 stands right before it; else -1. */
    private static int listedNameStart(String text, int end) {
        for (var length = 2; length <= 16 && end - length >= 0; length++) {
            var start = end - length;
            var name = text.substring(start, end);
            if (length > 4 && name.indexOf('·') < 0) {
                return -1;
            }
            if (Character.UnicodeScript.of(text.codePointAt(start)) != Character.UnicodeScript.HAN
                    && text.charAt(start) != '·') {
                return -1;
            }
            if (endsWithCue(text, start) || (start > 0 && text.charAt(start - 1) == '、')) {
                return start;
            }
        }
        return -1;
    }

    private static boolean endsWithCue(String text, int at) {
        return CUES.stream()
                .anyMatch(cue -> text.startsWith(cue.getKey(), at - cue.getKey().length()));
    }

    private static int skipSeparators(String text, int start) {
        var at = start;
        while (at > 0 && (text.charAt(at - 1) == '：' || text.charAt(at - 1) == ':' || text.charAt(at - 1) == ' ')) {
            at--;
        }
        return at;
    }
}
