package org.smartcourt.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing: from the {@code firstDelayedFailure}-th consecutive failure on, the next attempt must
 * wait {@code 2^(n - firstDelayedFailure)} seconds after the last failure (capped at {@code maximumDelay}); after
 * {@code lockAfter} consecutive failures the account is locked for {@code lockDuration}. A success resets the count.
 */
public record LoginThrottle(int firstDelayedFailure, Duration maximumDelay, int lockAfter, Duration lockDuration) {

    public LoginThrottle {
        if (firstDelayedFailure < 1 || lockAfter < firstDelayedFailure) {
            throw new IllegalArgumentException("Thresholds must satisfy 1 <= firstDelayedFailure <= lockAfter");
        }
    }

    /** What to do with a new attempt. */
    public sealed interface Decision {
        /** The attempt may be checked. */
        record Allowed() implements Decision {}

        /** Too soon after the last failure: try again after the wait. */
        record Wait(Duration retryAfter) implements Decision {}

        /** The account is locked until then. */
        record Locked(Instant until) implements Decision {}
    }

    public Decision decide(LoginAttempts attempts, Instant now) {
        if (attempts.lockedUntil() != null && now.isBefore(attempts.lockedUntil())) {
            return new Decision.Locked(attempts.lockedUntil());
        }
        var failures = attempts.consecutiveFailures();
        if (failures >= firstDelayedFailure && attempts.lastFailureAt() != null && !lockExpired(attempts, now)) {
            var earliest = attempts.lastFailureAt().plus(delayAfter(failures));
            if (now.isBefore(earliest)) {
                return new Decision.Wait(Duration.between(now, earliest));
            }
        }
        return new Decision.Allowed();
    }

    /** The attempts after one more failure at {@code now}; the account locks when this reaches the limit. */
    public LoginAttempts afterFailure(LoginAttempts attempts, Instant now) {
        var failures = lockExpired(attempts, now) ? 1 : attempts.consecutiveFailures() + 1;
        var lockedUntil = failures >= lockAfter ? now.plus(lockDuration) : null;
        return new LoginAttempts(failures, now, lockedUntil);
    }

    /** Whether this failure is the one that locks the account. */
    public boolean locksNow(LoginAttempts before, LoginAttempts after) {
        return after.lockedUntil() != null && !after.lockedUntil().equals(before.lockedUntil());
    }

    public LoginAttempts afterSuccess() {
        return LoginAttempts.NONE;
    }

    /** The wait required after {@code failures} consecutive failures. */
    Duration delayAfter(int failures) {
        if (failures < firstDelayedFailure) {
            return Duration.ZERO;
        }
        var exponent = Math.min(failures - firstDelayedFailure, 30);
        var delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(maximumDelay) > 0 ? maximumDelay : delay;
    }

    private static boolean lockExpired(LoginAttempts attempts, Instant now) {
        return attempts.lockedUntil() != null && !now.isBefore(attempts.lockedUntil());
    }
}
