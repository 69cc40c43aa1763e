package org.smartcourt.publication.search;

import java.util.List;

/**
 * Turns the highlighter's fragments into safe HTML: the engine marks hits with two private-use characters that cannot
 * occur in a published judgment; the fragment is HTML-escaped first and only then are those characters turned into
 * {@code <mark>} and {@code </mark>}. Whatever a judgment contains, the snippet holds no other markup.
 */
public final class Snippets {

    static final String START = "\uE000";
    static final String END = "\uE001";

    private static final int FALLBACK_LENGTH = 120;
    private static final int WINDOW = 160;

    private Snippets() {}

    /** The first fragment as HTML, or the start of the text when nothing was highlighted. */
    public static String html(List<String> fragments, String fallbackText) {
        if (fragments.isEmpty()) {
            var start = fallbackText.strip();
            return escape(start.length() <= FALLBACK_LENGTH ? start : start.substring(0, FALLBACK_LENGTH) + "…");
        }
        return mark(window(fragments.get(0).strip()));
    }

    /** At most {@value #WINDOW} characters of a long fragment, starting a little before the first hit. */
    static String window(String fragment) {
        if (fragment.length() <= WINDOW) {
            return fragment;
        }
        var hit = Math.max(0, fragment.indexOf(START));
        var start = Math.max(0, Math.min(hit - WINDOW / 4, fragment.length() - WINDOW));
        var end = Math.min(fragment.length(), start + WINDOW);
        return (start > 0 ? "…" : "") + fragment.substring(start, end) + (end < fragment.length() ? "…" : "");
    }

    /** Escapes the fragment and turns the highlighter's markers into balanced {@code <mark>} elements. */
    static String mark(String fragment) {
        var html = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < fragment.length(); i++) {
            var c = fragment.charAt(i);
            if (c == START.charAt(0)) {
                if (!open) {
                    html.append("<mark>");
                    open = true;
                }
            } else if (c == END.charAt(0)) {
                if (open) {
                    html.append("</mark>");
                    open = false;
                }
            } else {
                appendEscaped(html, c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    public static String escape(String text) {
        var html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c != START.charAt(0) && c != END.charAt(0)) {
                appendEscaped(html, c);
            }
        }
        return html.toString();
    }

    private static void appendEscaped(StringBuilder html, char c) {
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
