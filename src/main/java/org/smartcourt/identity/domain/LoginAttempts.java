package org.smartcourt.identity.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The consecutive failed sign-ins of an account, when the last one happened and until when it is locked. */
public record LoginAttempts(
        int consecutiveFailures,
        @Nullable Instant lastFailureAt,
        @Nullable Instant lockedUntil) {

    public static final LoginAttempts NONE = new LoginAttempts(0, null, null);
}
