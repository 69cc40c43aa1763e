package org.smartcourt.notifications.domain;

import org.smartcourt.notifications.Channel;

/**
 * Which channels a person takes reminders and alerts by. The inbox always takes them, and legal messages (service of
 * documents) go out whatever the person chose.
 */
public record MessagePreferences(boolean email, boolean sms) {

    /** What a person who never chose gets: everything. */
    public static final MessagePreferences DEFAULT = new MessagePreferences(true, true);

    public boolean allows(Channel channel) {
        return switch (channel) {
            case INBOX -> true;
            case EMAIL -> email;
            case SMS -> sms;
        };
    }

    /** The same preferences without the channel. */
    public MessagePreferences without(Channel channel) {
        return switch (channel) {
            case INBOX -> this;
            case EMAIL -> new MessagePreferences(false, sms);
            case SMS -> new MessagePreferences(email, false);
        };
    }
}
