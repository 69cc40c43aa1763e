package org.smartcourt.api.domain;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the first request with a key was answered with, replayed to every repetition. */
public record StoredResponse(
        int status, @Nullable String contentType, @Nullable String location, byte[] body) {

    public StoredResponse {
        if (status < 100 || status > 499) {
            throw new IllegalArgumentException("Only responses below 500 are stored; a 5xx may be retried");
        }
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that
                && status == that.status
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(location, that.location)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, location, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", contentType=" + contentType + ", bytes=" + body.length + "]";
    }
}
