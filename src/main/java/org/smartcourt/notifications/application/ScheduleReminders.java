package org.smartcourt.notifications.application;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.Reminder;
import org.smartcourt.notifications.Reminders;
import org.smartcourt.notifications.domain.MessageQueue;
import org.smartcourt.notifications.domain.QueuedMessage;
import org.smartcourt.notifications.domain.Template;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts reminders into the durable queue in the caller's transaction, one message per channel; the queue's sender
 * sends each when it is due.
 */
@Component
class ScheduleReminders implements Reminders {

    private final MessageQueue queue;
    private final Clock clock;

    ScheduleReminders(MessageQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean schedule(Reminder reminder) {
        return enqueue(
                reminder.key(),
                reminder.recipient(),
                Template.of(reminder.template()),
                reminder.arguments(),
                reminder.at(),
                reminder.caseId(),
                reminder.link(),
                reminder.channels());
    }

    @Override
    @Transactional
    public boolean cancel(String key) {
        return queue.cancel(key, clock.instant()) > 0;
    }

    /** Queues a message of any template, the module's own included; true when something new was queued. */
    @Transactional
    boolean enqueue(
            String key,
            String recipient,
            Template template,
            List<String> arguments,
            Instant at,
            @Nullable UUID caseId,
            @Nullable URI link,
            Set<Channel> channels) {
        var now = clock.instant();
        var queued = false;
        for (var channel : new TreeSet<>(channels)) {
            var message = new QueuedMessage(
                    UUID.randomUUID(),
                    key,
                    channel,
                    recipient,
                    template,
                    arguments,
                    at,
                    caseId,
                    link == null ? null : link.toString(),
                    0);
            queued |= queue.enqueue(message, now);
        }
        return queued;
    }
}
