package org.smartcourt.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.Channel;

/**
 * A message waiting in the queue to go out over one channel when it is due.
 *
 * @param key the reminder's key; one message per key and channel
 * @param attempts how many times the channel refused it so far
 */
public record QueuedMessage(
        UUID id,
        String key,
        Channel channel,
        String recipient,
        Template template,
        List<String> arguments,
        Instant dueAt,
        @Nullable UUID caseId,
        @Nullable String link,
        int attempts) {

    public QueuedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(dueAt, "dueAt");
        arguments = List.copyOf(arguments);
        if (arguments.size() != template.arguments()) {
            throw new IllegalArgumentException(template.code() + " takes " + template.arguments() + " arguments");
        }
    }

    /** The key the message is sent under: the same for every attempt, so that it goes out once. */
    public String messageKey() {
        return "reminder:" + key;
    }
}
