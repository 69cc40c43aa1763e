package org.smartcourt.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.Dispatch;

/**
 * The record of what was sent where, one entry per message key, channel and address. Each call commits on its own,
 * so that a claim outlives the caller's transaction and a crash.
 */
public interface Dispatches {

    /**
     * Claims the right to send the message: granted when it was never sent, when the last attempt was refused, or when
     * the previous sender's lease ran out without an outcome (it died while sending).
     */
    Claim claim(String key, Channel channel, String address, Instant now, Duration lease);

    /** Records what the far side answered to the granted claim. */
    Dispatch decide(Claim.Granted claim, String key, Channel channel, Instant at, Handover handover);

    Optional<Dispatch> find(String key, Channel channel, String address);
}
