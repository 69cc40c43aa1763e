package org.smartcourt.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name an account signs in with: 3 to 32 letters, digits, dots, hyphens or underscores, starting with a letter or
 * digit. Usernames are case-insensitive, so the value is kept in lower case.
 */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    public Username {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a username: " + value);
        }
    }

    public static Username parse(String text) {
        return new Username(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null
                && SHAPE.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
