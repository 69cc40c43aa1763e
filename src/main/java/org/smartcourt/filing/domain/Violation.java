package org.smartcourt.filing.domain;

import java.util.List;

/**
 * One answer that breaks a rule: where ({@code facts.loanDate}, {@code parties[1].name}), the message key from {@code
 * messages/filing_*.properties}, and the message arguments, each a {@link Label} (shown in the reader's language) or a
 * text shown as it is.
 */
public record Violation(String field, String code, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
        for (var argument : arguments) {
            if (!(argument instanceof Label) && !(argument instanceof String)) {
                throw new IllegalArgumentException("A violation's argument is a label or a text: " + argument);
            }
        }
    }

    public static Violation of(String field, String code, Object... arguments) {
        return new Violation(field, code, List.of(arguments));
    }
}
