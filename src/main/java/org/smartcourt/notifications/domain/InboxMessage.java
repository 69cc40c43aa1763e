package org.smartcourt.notifications.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message in a user's inbox.
 *
 * @param sourceEvent what caused it; a recipient gets one message per source event
 * @param caseId the case it is about, if any
 * @param documentHash the SHA-256 hex hash of a document that comes with it (a ruling), if any
 * @param readAt when the recipient marked it read; null while unread
 * @param link where the recipient opens what the message is about, if anywhere
 */
public record InboxMessage(
        UUID id,
        String recipient,
        String sourceEvent,
        MessageText subject,
        MessageText body,
        @Nullable UUID caseId,
        @Nullable String documentHash,
        Instant createdAt,
        @Nullable Instant readAt,
        @Nullable String link) {

    public InboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A message needs a recipient");
        }
        if (sourceEvent == null || sourceEvent.isBlank()) {
            throw new IllegalArgumentException("A message needs its source event");
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Only the recipient may read a message; to anyone else it does not exist. */
    public boolean isFor(String username) {
        return recipient.equals(username);
    }
}
