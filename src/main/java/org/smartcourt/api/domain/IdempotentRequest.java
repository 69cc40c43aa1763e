package org.smartcourt.api.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The record of the first request sent with a key in a scope (principal, method and path).
 *
 * @param response {@code null} while the first request is still running
 */
public record IdempotentRequest(
        String scope,
        IdempotencyKey key,
        RequestFingerprint fingerprint,
        Instant createdAt,
        @Nullable StoredResponse response) {

    /** How a repetition with the given fingerprint is answered. */
    public IdempotencyDecision answer(RequestFingerprint repetition) {
        if (!fingerprint.equals(repetition)) {
            return new IdempotencyDecision.KeyReused();
        }
        if (response == null) {
            return new IdempotencyDecision.InFlight();
        }
        return new IdempotencyDecision.Replay(response);
    }

    /**
     * Whether this record no longer binds the key: it is older than the retention period, or its request started so
     * long ago without finishing that its node must have died.
     */
    public boolean isStale(Instant expiredBefore, Instant abandonedBefore) {
        return createdAt.isBefore(expiredBefore) || (response == null && createdAt.isBefore(abandonedBefore));
    }
}
