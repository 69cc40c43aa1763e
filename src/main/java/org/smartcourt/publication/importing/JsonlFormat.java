package org.smartcourt.publication.importing;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The JSON Lines corpora the importer reads, one judgment per line. */
public enum JsonlFormat {
    /**
     * JuDGE (SIGIR 2025): {@code {"text_id", "text", "la", "fd"}}, the full document in {@code fd}; everything else is
     * read from it.
     */
    JUDGE {
        @Override
        SourceJudgment read(long line, JsonNode record) {
            return new SourceJudgment(line, null, null, null, null, null, required(record, "fd", line));
        }
    },
    /** {@code {"caseNumber", "court", "title", "date", "caseType", "text"}}, only {@code text} required. */
    GENERIC {
        @Override
        SourceJudgment read(long line, JsonNode record) {
            return new SourceJudgment(
                    line,
                    optional(record, "caseNumber"),
                    optional(record, "court"),
                    optional(record, "title"),
                    optional(record, "date"),
                    optional(record, "caseType"),
                    required(record, "text", line));
        }
    };

    abstract SourceJudgment read(long line, JsonNode record);

    public static Optional<JsonlFormat> parse(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static String required(JsonNode record, String field, long line) {
        var value = optional(record, field);
        if (value == null) {
            throw new IllegalArgumentException("Line " + line + " has no \"" + field + "\"");
        }
        return value;
    }

    private static @Nullable String optional(JsonNode record, String field) {
        var node = record.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        var text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }
}
