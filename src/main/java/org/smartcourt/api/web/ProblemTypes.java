package org.smartcourt.api.web;

import org.springframework.http.HttpStatusCode;

/** The problem types of the API module, and the type of an error known only by its HTTP status. */
final class ProblemTypes {

    static final String VALIDATION_FAILED = "validation-failed";
    static final String UNKNOWN_FIELD = "unknown-field";
    static final String INVALID_FIELD_TYPE = "invalid-field-type";
    static final String INVALID_FIELD_VALUE = "invalid-field-value";
    static final String MALFORMED_JSON = "malformed-json";
    static final String MISSING_BODY = "missing-body";
    static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    static final String INTERNAL = "internal";
    static final String IDEMPOTENCY_KEY_INVALID = "idempotency-key-invalid";
    static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    static final String IDEMPOTENCY_KEY_IN_FLIGHT = "idempotency-key-in-flight";

    private ProblemTypes() {}

    /** The type slug of an error that carries nothing but its status. */
    static String forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status.is5xxServerError() ? INTERNAL : "http-" + status.value();
        };
    }

    /** The message code of an error that carries nothing but its status. */
    static String messageCodeForStatus(HttpStatusCode status) {
        var slug = forStatus(status);
        return slug.startsWith("http-") ? "api.problem.http-error" : "api.problem." + slug;
    }
}
