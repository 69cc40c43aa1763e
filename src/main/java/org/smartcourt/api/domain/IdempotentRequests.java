package org.smartcourt.api.domain;

import java.time.Instant;
import java.util.Optional;

/** Where idempotent requests are kept; every method runs in the caller's transaction. */
public interface IdempotentRequests {

    /** Records a new request as running, unless its scope already holds the key; returns whether it did. */
    boolean claim(String scope, IdempotencyKey key, RequestFingerprint fingerprint, Instant at);

    Optional<IdempotentRequest> find(String scope, IdempotencyKey key);

    /** Stores the response of the running request. */
    void complete(String scope, IdempotencyKey key, StoredResponse response, Instant at);

    /** Forgets a running request so that the client may try again. */
    void release(String scope, IdempotencyKey key);

    /** Forgets the given record, if it is still the one stored. */
    void remove(IdempotentRequest request);

    /** Forgets every record created before the given instant; returns how many. */
    int removeCreatedBefore(Instant instant);
}
