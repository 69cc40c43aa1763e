package org.smartcourt.notifications;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reminder or alert for a person with an account, to go out at a time over some channels, written from a template
 * in the recipient's language.
 *
 * @param key identifies the reminder: scheduling the same key again changes nothing, and {@link Reminders#cancel}
 *     takes it back; e.g. {@code answer-period:<service id>}
 * @param recipient the username of the person reminded
 * @param arguments the template's arguments, as many as it takes
 * @param at when it is due; e-mail and text wait further while quiet hours last
 * @param caseId the case it is about, if any
 * @param link where the recipient opens what it is about (e.g. {@code /cases/<id>}), if anywhere
 * @param channels where it goes; the inbox needs nothing, e-mail an address in the profile, SMS a mobile number
 */
public record Reminder(
        String key,
        String recipient,
        ReminderTemplate template,
        List<String> arguments,
        Instant at,
        @Nullable UUID caseId,
        @Nullable URI link,
        Set<Channel> channels) {

    public Reminder {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(at, "at");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A reminder needs a key");
        }
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("A reminder needs a recipient");
        }
        arguments = List.copyOf(arguments);
        if (arguments.size() != template.arguments()) {
            throw new IllegalArgumentException(
                    template + " takes " + template.arguments() + " arguments, not " + arguments.size());
        }
        channels = Set.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("A reminder goes out over at least one channel");
        }
    }

    /** A reminder over every channel: the inbox, e-mail and SMS. */
    public static Reminder everywhere(
            String key,
            String recipient,
            ReminderTemplate template,
            List<String> arguments,
            Instant at,
            @Nullable UUID caseId,
            @Nullable URI link) {
        return new Reminder(key, recipient, template, arguments, at, caseId, link, EnumSet.allOf(Channel.class));
    }
}
