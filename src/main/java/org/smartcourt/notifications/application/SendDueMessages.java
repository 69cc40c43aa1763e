package org.smartcourt.notifications.application;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.notifications.Messenger;
import org.smartcourt.notifications.domain.MessageQueue;
import org.smartcourt.notifications.domain.QueuedMessage;
import org.smartcourt.notifications.domain.QuietHours;
import org.smartcourt.notifications.domain.Retries;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued messages that are due, except reminders and alerts by e-mail and text while quiet hours last. A
 * refused message is tried again later, waiting longer each time, until it is given up. Several nodes share the work:
 * each takes its messages for a lease, and a node that dies leaves them to be taken again when the lease runs out;
 * the messenger's record of what went out keeps a message from going out twice.
 */
@Component
class SendDueMessages {

    private static final Logger log = LoggerFactory.getLogger(SendDueMessages.class);

    private final MessageQueue queue;
    private final ComposeMessage compose;
    private final Messenger messenger;
    private final Clock clock;
    private final NotificationProperties properties;
    private final QuietHours quietHours;
    private final Retries retries;

    SendDueMessages(
            MessageQueue queue,
            ComposeMessage compose,
            Messenger messenger,
            Clock clock,
            NotificationProperties properties) {
        this.queue = queue;
        this.compose = compose;
        this.messenger = messenger;
        this.clock = clock;
        this.properties = properties;
        var quiet = properties.quietHours();
        this.quietHours = new QuietHours(quiet.start(), quiet.end(), quiet.zone());
        var queueSettings = properties.queue();
        this.retries = new Retries(queueSettings.firstRetry(), queueSettings.maxRetry(), queueSettings.maxAttempts());
    }

    @Scheduled(
            fixedDelayString = "${smartcourt.notifications.queue.poll:1s}",
            initialDelayString = "${smartcourt.notifications.queue.poll:1s}")
    void sendDue() {
        var now = clock.instant();
        var due =
                queue.takeDue(now, quietHours.contains(now), properties.queue().batch(), properties.sendLease());
        due.forEach(this::send);
    }

    private void send(QueuedMessage queued) {
        try {
            var composed = compose.compose(queued);
            var message = composed.message();
            if (message == null) {
                queue.dropped(queued.id(), clock.instant(), String.valueOf(composed.dropped()));
                return;
            }
            var dispatch = messenger.send(message);
            if (dispatch.accepted()) {
                queue.sent(queued.id(), dispatch.at(), String.valueOf(dispatch.reference()));
            } else {
                refused(queued, String.valueOf(dispatch.failure()));
            }
        } catch (RuntimeException e) {
            log.warn("Queued message {} over {} could not be sent", queued.key(), queued.channel(), e);
            refused(queued, e.toString());
        }
    }

    private void refused(QueuedMessage queued, String reason) {
        var refusals = queued.attempts() + 1;
        if (retries.exhausted(refusals)) {
            log.warn(
                    "Giving up message {} over {} after {} refusals: {}",
                    queued.key(),
                    queued.channel(),
                    refusals,
                    reason);
            queue.givenUp(queued.id(), clock.instant(), reason);
        } else {
            queue.retry(queued.id(), clock.instant().plus(retries.after(refusals)), reason);
        }
    }
}
