package org.smartcourt.api.application;

import java.time.Clock;
import org.smartcourt.api.domain.IdempotencyDecision;
import org.smartcourt.api.domain.IdempotencyKey;
import org.smartcourt.api.domain.IdempotentRequests;
import org.smartcourt.api.domain.RequestFingerprint;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides how a request with an {@code Idempotency-Key} is answered; a new key is recorded as running in its own
 * transaction, committed before the request itself runs, so that a concurrent repetition on any node sees it.
 */
@Component
public class ClaimIdempotencyKey {

    private final IdempotentRequests requests;
    private final ApiProperties properties;
    private final Clock clock;

    ClaimIdempotencyKey(IdempotentRequests requests, ApiProperties properties, Clock clock) {
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public IdempotencyDecision claim(String scope, IdempotencyKey key, RequestFingerprint fingerprint) {
        var now = clock.instant();
        if (requests.claim(scope, key, fingerprint, now)) {
            return new IdempotencyDecision.Proceed();
        }
        var existing = requests.find(scope, key);
        if (existing.isEmpty()) {
            // Released between our insert and our read: the other request failed, so this one may run.
            return requests.claim(scope, key, fingerprint, now)
                    ? new IdempotencyDecision.Proceed()
                    : new IdempotencyDecision.InFlight();
        }
        var request = existing.get();
        if (request.isStale(
                now.minus(properties.idempotencyRetention()), now.minus(properties.idempotencyLockTimeout()))) {
            requests.remove(request);
            return requests.claim(scope, key, fingerprint, now)
                    ? new IdempotencyDecision.Proceed()
                    : new IdempotencyDecision.InFlight();
        }
        return request.answer(fingerprint);
    }
}
