package org.smartcourt.delivery.domain;

/** Where a service stands, as shown to the clerk and the recipient. */
public enum ServiceStatus {
    /** Messages are being handed to the channels. */
    SENDING,
    /** Sent; takes effect when the recipient opens, downloads or confirms it. */
    AWAITING_RECIPIENT,
    /** The clerk is to post the document (法院专递). */
    TO_POST,
    /** Posted; the return receipt is awaited. */
    POSTED,
    /** A public notice runs; service is deemed made at its end. */
    PUBLIC_NOTICE,
    /** Nothing reached the recipient: every channel refused, or the letter came back. */
    UNREACHABLE,
    /** Service took legal effect. */
    EFFECTIVE
}
