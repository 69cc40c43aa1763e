package org.smartcourt.notifications.application;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.domain.QuietHours;
import org.smartcourt.notifications.domain.Template;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a message a person sends themselves to see that the inbox, their e-mail address and their mobile number
 * reach them. It is an alert like any other: it respects their unsubscribing and waits out quiet hours. At most one
 * goes out per person every ten minutes, so that nobody can flood a phone with it.
 */
@Component
public class SendCheckMessage {

    private static final long WINDOW_SECONDS = 600;

    /**
     * @param queued false when a check was already queued in the last ten minutes
     * @param heldUntil when e-mail and text go out, if quiet hours hold them now
     */
    public record Queued(boolean queued, @Nullable Instant heldUntil) {}

    private final ScheduleReminders reminders;
    private final Clock clock;
    private final QuietHours quietHours;

    SendCheckMessage(ScheduleReminders reminders, Clock clock, NotificationProperties properties) {
        this.reminders = reminders;
        this.clock = clock;
        var quiet = properties.quietHours();
        this.quietHours = new QuietHours(quiet.start(), quiet.end(), quiet.zone());
    }

    @Transactional
    public Queued send(String username) {
        var now = clock.instant();
        var key = "check:" + username + ":" + now.getEpochSecond() / WINDOW_SECONDS;
        var queued = reminders.enqueue(
                key,
                username,
                Template.CHECK,
                List.of(),
                now,
                null,
                URI.create("/notifications/preferences"),
                EnumSet.allOf(Channel.class));
        var held = quietHours.contains(now) ? quietHours.endAfter(now) : null;
        return new Queued(queued, held);
    }
}
