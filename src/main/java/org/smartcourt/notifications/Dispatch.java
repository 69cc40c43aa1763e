package org.smartcourt.notifications;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one message: the far side (the inbox, the SMTP server, the SMS gateway) accepted it at a time, or
 * refused it with a reason.
 *
 * @param reference the far side's identifier (SMTP Message-ID, SMS gateway message id, inbox message id)
 * @param failure why it was refused, in words an operator understands; null when accepted
 */
public record Dispatch(
        String key,
        Channel channel,
        boolean accepted,
        Instant at,
        @Nullable String reference,
        @Nullable String failure) {

    public Dispatch {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        if (!accepted && failure == null) {
            throw new IllegalArgumentException("A refused message needs the reason");
        }
    }
}
