package org.smartcourt.filing.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One element of a schema's facts (or of its answer section).
 *
 * @param name the element's key in the answers, a Java-style identifier ({@code loanDate})
 * @param help an optional explanation shown under the field
 * @param options the allowed values of a {@link FieldType#CHOICE}
 */
public record FieldDefinition(
        String name,
        FieldType type,
        boolean required,
        Label label,
        @Nullable Label help,
        @Nullable List<Choice> options) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public FieldDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an element name: " + name);
        }
        Objects.requireNonNull(type, "type of " + name);
        Objects.requireNonNull(label, "label of " + name);
        options = options == null ? List.of() : List.copyOf(options);
        if (type == FieldType.CHOICE && options.isEmpty()) {
            throw new IllegalArgumentException("The choice " + name + " has no options");
        }
    }

    public Optional<Choice> option(String value) {
        return Objects.requireNonNull(options).stream()
                .filter(choice -> choice.value().equals(value))
                .findFirst();
    }
}
