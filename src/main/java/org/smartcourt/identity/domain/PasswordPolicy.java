package org.smartcourt.identity.domain;

import java.util.Locale;
import java.util.Optional;
import org.smartcourt.identity.Username;

/** What a new password must be: at least ten characters, at most 128, and not containing the username. */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 128;

    /** Why a password is refused. */
    public enum Violation {
        TOO_SHORT,
        TOO_LONG,
        CONTAINS_USERNAME
    }

    private PasswordPolicy() {}

    public static Optional<Violation> check(String password, Username username) {
        var length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.value())) {
            return Optional.of(Violation.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }
}
