package org.smartcourt.notifications.domain;

import java.time.Duration;

/** How long a refused message waits before the next attempt: the first wait, doubled each time, at most the maximum. */
public record Retries(Duration first, Duration max, int attempts) {

    public Retries {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Retry waits must be positive and the maximum at least the first");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("At least one attempt");
        }
    }

    /** The wait after the n-th refusal in a row. */
    public Duration after(int refusals) {
        var wait = first;
        for (var i = 1; i < refusals && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Whether, after this many refusals, the message is given up. */
    public boolean exhausted(int refusals) {
        return refusals >= attempts;
    }
}
