package org.smartcourt.delivery.domain;

/** Where a message on one channel stands. */
public enum DispatchStatus {
    /** Not yet handed to the channel. */
    QUEUED,
    /** The far side (inbox, mail server, SMS gateway) accepted it: it reached the addressee's system. */
    ACCEPTED,
    /** The far side refused it. */
    REFUSED
}
