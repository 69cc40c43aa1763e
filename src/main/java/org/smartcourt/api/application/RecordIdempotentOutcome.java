package org.smartcourt.api.application;

import java.time.Clock;
import org.smartcourt.api.domain.IdempotencyKey;
import org.smartcourt.api.domain.IdempotentRequests;
import org.smartcourt.api.domain.StoredResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores the response of a request that ran with an {@code Idempotency-Key}, or frees the key when it failed. */
@Component
public class RecordIdempotentOutcome {

    private final IdempotentRequests requests;
    private final Clock clock;

    RecordIdempotentOutcome(IdempotentRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    public void answered(String scope, IdempotencyKey key, StoredResponse response) {
        requests.complete(scope, key, response, clock.instant());
    }

    /** The request failed on our side (5xx) or never produced a response: the client may retry with the same key. */
    @Transactional
    public void failed(String scope, IdempotencyKey key) {
        requests.release(scope, key);
    }
}
