package org.smartcourt.publication.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.publication.catalogue.Procedure;

/**
 * Reads the search parameters of {@code GET /api/v1/judgments/search} and of the search page. Every parameter is
 * checked: an unknown one, a value that cannot be read or a page beyond the result window is refused with a
 * {@link SearchRejected} rather than ignored, so that a client never believes a filter applied that did not.
 */
public final class SearchParameters {

    static final Set<String> KNOWN = Set.of(
            "q",
            "court",
            "level",
            "province",
            "year",
            "caseType",
            "cause",
            "procedure",
            "documentType",
            "article",
            "sort",
            "page",
            "size");

    private static final int MAX_FILTER_LENGTH = 100;
    private static final int DEFAULT_SIZE = 10;

    private final SearchProperties properties;

    public SearchParameters(SearchProperties properties) {
        this.properties = properties;
    }

    /** @throws SearchRejected when a parameter is unknown, repeated or unreadable, or the page is too deep */
    public JudgmentQuery read(Map<String, List<String>> parameters) {
        for (var entry : parameters.entrySet()) {
            if (!KNOWN.contains(entry.getKey())) {
                throw SearchRejected.invalid("unknown", entry.getKey());
            }
            if (entry.getValue().size() > 1) {
                throw SearchRejected.invalid("repeated", entry.getKey());
            }
        }
        var level = filter(parameters, "level");
        var procedure = filter(parameters, "procedure");
        var page = number(parameters, "page", 1, 1, Integer.MAX_VALUE);
        var size = number(parameters, "size", DEFAULT_SIZE, 1, properties.maxPageSize());
        if ((long) page * size > properties.maxResultWindow()) {
            throw SearchRejected.tooDeep(properties.maxResultWindow());
        }
        var year = filter(parameters, "year");
        return new JudgmentQuery(
                queryText(value(parameters, "q")),
                filter(parameters, "court"),
                level == null
                        ? null
                        : CourtLevel.parse(level).orElseThrow(() -> SearchRejected.invalid("value", "level", level)),
                filter(parameters, "province"),
                year == null ? null : (Integer) number(parameters, "year", 0, 1949, 2999),
                filter(parameters, "caseType"),
                filter(parameters, "cause"),
                procedure == null ? null : procedure(procedure),
                filter(parameters, "documentType"),
                filter(parameters, "article"),
                sort(value(parameters, "sort")),
                page,
                size);
    }

    /**
     * The query as the engine reads it: blanks collapsed, control characters dropped; an unbalanced double quote is
     * escaped so that it counts as text, never as the start of a phrase that swallows the rest of the query.
     */
    @Nullable
    String queryText(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        var text = raw.replace('“', '"')
                .replace('”', '"')
                .replaceAll("[\\p{Cntrl}\\u3000]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > properties.maxQueryLength()) {
            throw SearchRejected.invalid("queryTooLong", properties.maxQueryLength());
        }
        var quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            var last = text.lastIndexOf('"');
            text = text.substring(0, last) + "\\\"" + text.substring(last + 1);
        }
        return text;
    }

    private static @Nullable String value(Map<String, List<String>> parameters, String name) {
        var values = parameters.get(name);
        if (values == null
                || values.isEmpty()
                || values.get(0) == null
                || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    private static @Nullable String filter(Map<String, List<String>> parameters, String name) {
        var value = value(parameters, name);
        if (value != null && value.length() > MAX_FILTER_LENGTH) {
            throw SearchRejected.invalid("value", name, value.substring(0, 20) + "…");
        }
        return value;
    }

    private static int number(Map<String, List<String>> parameters, String name, int absent, int min, int max) {
        var value = value(parameters, name);
        if (value == null) {
            return absent;
        }
        try {
            var number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw SearchRejected.invalid("range", name, value, min, max);
    }

    private static Procedure procedure(String value) {
        try {
            return Procedure.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw SearchRejected.invalid("value", "procedure", value);
        }
    }

    private static JudgmentQuery.Sort sort(@Nullable String value) {
        if (value == null) {
            return JudgmentQuery.Sort.RELEVANCE;
        }
        try {
            return JudgmentQuery.Sort.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw SearchRejected.invalid("value", "sort", value);
        }
    }
}
