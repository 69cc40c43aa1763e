package org.smartcourt.notifications;

/** The ways a message reaches a person. */
public enum Channel {
    /** The recipient's inbox on the platform; needs an account. */
    INBOX,
    /** E-mail over SMTP. */
    EMAIL,
    /** A text message to a mainland mobile number, through the SMS gateway. */
    SMS
}
