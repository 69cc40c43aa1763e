package org.smartcourt.delivery.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as a party gives it for service: one {@code @}, a dotted domain, no spaces. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        var at = value.indexOf('@');
        value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
    }

    public static EmailAddress parse(String text) {
        return new EmailAddress(text == null ? null : text.strip());
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
