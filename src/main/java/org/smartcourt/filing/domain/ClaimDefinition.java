package org.smartcourt.filing.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One claim item a schema offers ({@code principal}, {@code interest}…).
 *
 * @param name the item's key in the answers
 * @param wording how the complaint phrases the claim, e.g. 判令被告偿还借款本金
 */
public record ClaimDefinition(
        String name,
        ClaimKind kind,
        boolean required,
        Label label,
        @Nullable Label wording) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public ClaimDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a claim name: " + name);
        }
        Objects.requireNonNull(kind, "kind of " + name);
        Objects.requireNonNull(label, "label of " + name);
    }
}
