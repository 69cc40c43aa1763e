package org.smartcourt.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the messages are kept. */
public interface Inbox {

    /** Stores the message unless its recipient already has one from the same source event; true when stored. */
    boolean deliver(InboxMessage message);

    /** Whether the recipient already has a message from this source event. */
    boolean hasMessageFrom(String recipient, String sourceEvent);

    /** The id of the recipient's message from this source event, if there is one. */
    Optional<UUID> idOf(String recipient, String sourceEvent);

    /** The recipient's messages, newest first. */
    List<InboxMessage> of(String recipient);

    Optional<InboxMessage> find(UUID id);

    /** Marks the message read at this time, unless it was read before. */
    void markRead(UUID id, Instant at);
}
