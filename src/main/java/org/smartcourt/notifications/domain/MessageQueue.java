package org.smartcourt.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smartcourt.notifications.Channel;

/** The durable queue of messages due later. */
public interface MessageQueue {

    /** Puts the message in the queue unless one with the same key and channel is there; true when it was put. */
    boolean enqueue(QueuedMessage message, Instant now);

    /** Takes back the messages of this key that have not gone out; how many were taken back. */
    int cancel(String key, Instant now);

    /**
     * Takes up to {@code limit} due messages for this sender for a while ({@code lease}), so that no other sender
     * takes them meanwhile; while {@code quiet}, only those that do not wait out quiet hours.
     */
    List<QueuedMessage> takeDue(Instant now, boolean quiet, int limit, Duration lease);

    /** It went out (or the channel had gone out before under the same key). */
    void sent(UUID id, Instant at, String reference);

    /** It will not go out and is not tried again: no address, unsubscribed, no account. */
    void dropped(UUID id, Instant at, String reason);

    /** The channel refused it; tried again at {@code next}. */
    void retry(UUID id, Instant next, String reason);

    /** The channel refused it too often; given up. */
    void givenUp(UUID id, Instant at, String reason);

    /** The state of each channel's message of this key: QUEUED, SENT, DROPPED, FAILED or CANCELLED. */
    Map<Channel, String> states(String key);
}
