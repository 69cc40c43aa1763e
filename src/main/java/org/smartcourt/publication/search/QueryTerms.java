package org.smartcourt.publication.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a query text: words separated by blanks are all required; {@code "quoted words"} are one phrase; a
 * leading {@code -} excludes a word or phrase. A quote without its partner (escaped as {@code \"} by {@link
 * SearchParameters}) is an ordinary character, and so is every other symbol.
 */
public final class QueryTerms {

    /**
     * @param text the word or phrase, as typed
     * @param phrase whether it was quoted: then it must occur exactly as typed
     * @param excluded whether judgments containing it are left out
     */
    public record Term(String text, boolean phrase, boolean excluded) {}

    private QueryTerms() {}

    public static List<Term> parse(String query) {
        var terms = new ArrayList<Term>();
        int i = 0;
        while (i < query.length()) {
            while (i < query.length() && Character.isWhitespace(query.charAt(i))) {
                i++;
            }
            if (i >= query.length()) {
                break;
            }
            boolean excluded = false;
            if (query.charAt(i) == '-' && i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1))) {
                excluded = true;
                i++;
            }
            if (query.charAt(i) == '"') {
                int end = query.indexOf('"', i + 1);
                while (end > 0 && query.charAt(end - 1) == '\\') {
                    end = query.indexOf('"', end + 1);
                }
                if (end > 0) {
                    add(terms, query.substring(i + 1, end), true, excluded);
                    i = end + 1;
                    continue;
                }
            }
            int end = i;
            while (end < query.length() && !Character.isWhitespace(query.charAt(end))) {
                end++;
            }
            add(terms, query.substring(i, end), false, excluded);
            i = end;
        }
        return terms;
    }

    private static void add(List<Term> terms, String raw, boolean phrase, boolean excluded) {
        var text = raw.replace("\\\"", "\"").strip();
        if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            terms.add(new Term(text, phrase, excluded));
        }
    }
}
