package org.smartcourt.notifications.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.MessageKind;

/**
 * The hours of the night when reminders and alerts by e-mail and text wait, from {@code start} (inclusive) to {@code
 * end} (exclusive) on the local clock; a window that starts later than it ends runs over midnight. Legal messages
 * never wait, and the inbox, which makes no sound, never does.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
    }

    /** Whether the message waits if it is due at this instant. */
    public boolean holds(MessageKind kind, Channel channel, Instant at) {
        return kind != MessageKind.LEGAL && channel != Channel.INBOX && contains(at);
    }

    public boolean contains(Instant at) {
        if (start.equals(end)) {
            return false;
        }
        var time = at.atZone(zone).toLocalTime();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /** When the quiet hours that contain this instant end; the instant itself when they do not contain it. */
    public Instant endAfter(Instant at) {
        if (!contains(at)) {
            return at;
        }
        var local = at.atZone(zone);
        var end = local.with(this.end);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
