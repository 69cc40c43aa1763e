package org.smartcourt.notifications.application;

import java.time.Clock;
import java.util.UUID;
import org.smartcourt.api.ApiProblemException;
import org.smartcourt.notifications.domain.Inbox;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a message read for its recipient; acknowledging twice changes nothing. Someone else's message answers as if it
 * did not exist, so that nobody learns what others were told.
 */
@Component
public class AcknowledgeMessage {

    private final Inbox inbox;
    private final Clock clock;

    AcknowledgeMessage(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Transactional
    public void acknowledge(UUID id, String reader) {
        var message = inbox.find(id)
                .filter(found -> found.isFor(reader))
                .orElseThrow(() -> new ApiProblemException(
                        HttpStatus.NOT_FOUND, "inbox-message-not-found", "notifications.problem.notFound"));
        if (!message.isRead()) {
            inbox.markRead(message.id(), clock.instant());
        }
    }
}
