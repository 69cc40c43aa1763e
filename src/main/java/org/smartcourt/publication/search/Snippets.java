package org.smartcourt.publication.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The snippet of a hit: about {@value #WINDOW} characters of the judgment around the place where most of the searched
 * words occur, each occurrence marked with {@code <mark>}. The search matches substrings (characters and character
 * pairs, see docs/adr/0013-search-analysis.md), so the snippet finds the words as substrings too, folding case and
 * full-width forms as the index does, without analysing the text again. The text is HTML-escaped; the snippet holds
 * no markup but the marks.
 */
public final class Snippets {

    private static final int FALLBACK_LENGTH = 120;
    private static final int WINDOW = 160;
    private static final int BEFORE_HIT = WINDOW / 4;
    private static final int MAX_OCCURRENCES = 32;

    private Snippets() {}

    private record Occurrence(int start, int end, int word) {}

    /** The snippet as HTML, or the start of the text when none of the words occurs in it. */
    public static String html(String text, List<String> words) {
        var folded = fold(text);
        var occurrences = new ArrayList<Occurrence>();
        for (int w = 0; w < words.size(); w++) {
            var word = fold(words.get(w).strip());
            if (word.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(word), found = 0;
                    at >= 0 && found < MAX_OCCURRENCES;
                    at = folded.indexOf(word, at + 1), found++) {
                occurrences.add(new Occurrence(at, at + word.length(), w));
            }
        }
        if (occurrences.isEmpty()) {
            var start = text.strip();
            return escape(start.length() <= FALLBACK_LENGTH ? start : start.substring(0, FALLBACK_LENGTH) + "…");
        }
        occurrences.sort(Comparator.comparingInt(Occurrence::start));
        int from = window(occurrences, text.length());
        int to = Math.min(text.length(), from + WINDOW);
        var html = new StringBuilder(WINDOW * 2);
        if (from > 0) {
            html.append('…');
        }
        int position = from;
        for (var occurrence : occurrences) {
            if (occurrence.start() < position || occurrence.end() > to) {
                continue; // overlaps the previous mark, or runs out of the window
            }
            int end = occurrence.end();
            for (var next : occurrences) { // marks that touch or overlap this one join it
                if (next.start() > occurrence.start() && next.start() <= end && next.end() <= to) {
                    end = Math.max(end, next.end());
                }
            }
            appendEscaped(html, text, position, occurrence.start());
            html.append("<mark>");
            appendEscaped(html, text, occurrence.start(), end);
            html.append("</mark>");
            position = end;
        }
        appendEscaped(html, text, position, to);
        if (to < text.length()) {
            html.append('…');
        }
        return html.toString();
    }

    /** Where the window starts: a little before the occurrence whose window holds the most different words. */
    private static int window(List<Occurrence> occurrences, int length) {
        int best = 0;
        int bestWords = -1;
        var seen = new java.util.BitSet();
        for (var anchor : occurrences) {
            int from = Math.max(0, Math.min(anchor.start() - BEFORE_HIT, length - WINDOW));
            int to = from + WINDOW;
            seen.clear();
            for (var occurrence : occurrences) {
                if (occurrence.start() >= from && occurrence.end() <= to) {
                    seen.set(occurrence.word());
                }
            }
            if (seen.cardinality() > bestWords) {
                bestWords = seen.cardinality();
                best = from;
            }
        }
        return best;
    }

    /** Case and full-width forms folded, one character for one, so that positions stay those of the text. */
    static String fold(String text) {
        var folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            var c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII, as the index's width folding reads it
            }
            folded[i] = Character.toLowerCase(c);
        }
        return new String(folded);
    }

    public static String escape(String text) {
        var html = new StringBuilder(text.length() + 16);
        appendEscaped(html, text, 0, text.length());
        return html.toString();
    }

    private static void appendEscaped(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            var c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
