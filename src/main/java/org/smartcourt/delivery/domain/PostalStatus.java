package org.smartcourt.delivery.domain;

/** Where a postal service task (法院专递) stands. */
public enum PostalStatus {
    /** The clerk is to post the document. */
    TO_POST,
    /** Posted; the return receipt is awaited. */
    POSTED,
    /** The receipt came back signed. */
    RECEIVED,
    /** The letter came back undelivered. */
    RETURNED,
    /** Service took effect otherwise before the letter was posted. */
    NOT_NEEDED
}
