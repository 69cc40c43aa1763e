package org.smartcourt.notifications;

/** Why a message is sent, which decides whether quiet hours and unsubscribing apply. */
public enum MessageKind {
    /** Service of a court document or another legal act: sent at once, cannot be unsubscribed from. */
    LEGAL,
    /** A reminder of a deadline or an appointment: held back during quiet hours, can be unsubscribed from. */
    REMINDER,
    /** News about a case the recipient may want (a document awaits them): as a reminder. */
    ALERT
}
