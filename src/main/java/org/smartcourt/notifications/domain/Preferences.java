package org.smartcourt.notifications.domain;

import java.time.Instant;

/** Where each person's message preferences are kept. */
public interface Preferences {

    /** The person's preferences; the default when they never chose. */
    MessagePreferences of(String username);

    void save(String username, MessagePreferences preferences, Instant at);
}
