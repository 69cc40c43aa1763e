package org.smartcourt.notifications.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the far side of a channel answered when a message was handed to it.
 *
 * @param reference its identifier for the message, when it accepted it
 * @param failure why it refused, in words an operator understands
 */
public record Handover(
        boolean accepted,
        @Nullable String reference,
        @Nullable String failure) {

    public Handover {
        if (accepted == (failure != null)) {
            throw new IllegalArgumentException("Accepted without a failure, or refused with one");
        }
    }

    public static Handover accepted(String reference) {
        return new Handover(true, reference, null);
    }

    public static Handover refused(String failure) {
        return new Handover(false, null, failure);
    }
}
