package org.smartcourt.api.domain;

/** How a request carrying an {@code Idempotency-Key} is to be answered. */
public sealed interface IdempotencyDecision {

    /** The key is new (or its record expired): run the request and record its response. */
    record Proceed() implements IdempotencyDecision {}

    /** The same request was answered before: send that answer again. */
    record Replay(StoredResponse response) implements IdempotencyDecision {}

    /** The key was used for a different request: refuse. */
    record KeyReused() implements IdempotencyDecision {}

    /** The first request with this key is still running: ask the client to retry later. */
    record InFlight() implements IdempotencyDecision {}
}
