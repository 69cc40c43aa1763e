package org.smartcourt.notifications;

/**
 * Schedules reminders and alerts to go out later, durably: a scheduled reminder is kept in the database with the
 * caller's transaction (it is scheduled if and only if the caller commits), survives restarts, goes out once per
 * channel, waits out quiet hours by e-mail and text, and respects the recipient's unsubscribing.
 */
public interface Reminders {

    /**
     * Schedules the reminder; true when it is new, false when its key was scheduled before (then nothing changes, even
     * if the time differs: cancel it and schedule another key to move it).
     */
    boolean schedule(Reminder reminder);

    /** Takes back whatever of the reminder has not gone out yet; true when something was taken back. */
    boolean cancel(String key);
}
