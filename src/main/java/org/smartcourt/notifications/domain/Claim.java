package org.smartcourt.notifications.domain;

import org.smartcourt.notifications.Dispatch;

/** The answer to a sender that wants to send a message over a channel to an address. */
public sealed interface Claim {

    /** The sender sends it now; nobody else does until it is decided or the lease runs out. */
    record Granted(long id, int attempt) implements Claim {}

    /** It was accepted before: this is the outcome, and nothing is sent again. */
    record Decided(Dispatch dispatch) implements Claim {}

    /** Another sender is sending it right now. */
    record Busy() implements Claim {}
}
