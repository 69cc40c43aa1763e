package org.smartcourt.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.Dispatch;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.Messenger;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.domain.Addresses;
import org.smartcourt.notifications.domain.Carrier;
import org.smartcourt.notifications.domain.Claim;
import org.smartcourt.notifications.domain.Dispatches;
import org.smartcourt.notifications.domain.Handover;
import org.smartcourt.notifications.domain.Preferences;
import org.springframework.stereotype.Component;

/**
 * Sends a message over its channel at most once per key and address: the attempt is claimed in the dispatch table
 * before the far side is called, and its outcome recorded after. Whatever goes wrong comes back as a refused dispatch
 * with the reason; nothing is thrown at the caller. A reminder or alert to someone who unsubscribed from the channel
 * is refused; legal messages go out regardless.
 */
@Component
class SendMessage implements Messenger {

    private static final Logger log = LoggerFactory.getLogger(SendMessage.class);
    private static final Duration BUSY_POLL = Duration.ofMillis(200);

    private final Dispatches dispatches;
    private final Preferences preferences;
    private final Map<Channel, Carrier> carriers = new EnumMap<>(Channel.class);
    private final Clock clock;
    private final NotificationProperties properties;

    SendMessage(
            Dispatches dispatches,
            Preferences preferences,
            List<Carrier> carriers,
            Clock clock,
            NotificationProperties properties) {
        this.dispatches = dispatches;
        this.preferences = preferences;
        carriers.forEach(carrier -> this.carriers.put(carrier.channel(), carrier));
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public Dispatch send(OutboundMessage message) {
        var address = Addresses.normalised(message.channel(), message.address());
        var recipient = message.recipient();
        if (message.kind() != MessageKind.LEGAL
                && recipient != null
                && !preferences.of(recipient).allows(message.channel())) {
            return refused(message, recipient + " unsubscribed from reminders and alerts by " + message.channel());
        }
        Claim claim;
        try {
            claim = claim(message, address);
        } catch (RuntimeException e) {
            log.warn("Could not record message {} over {}", message.key(), message.channel(), e);
            return refused(message, "The platform could not record the message: " + e.getMessage());
        }
        if (claim instanceof Claim.Decided decided) {
            return decided.dispatch();
        }
        if (claim instanceof Claim.Granted granted) {
            return carry(message, address, granted);
        }
        return refused(message, "Another request is sending this message right now; ask again for its outcome");
    }

    private Claim claim(OutboundMessage message, String address) {
        var deadline = clock.instant().plus(properties.sendWait());
        while (true) {
            var claim = dispatches.claim(
                    message.key(), message.channel(), address, clock.instant(), properties.sendLease());
            if (!(claim instanceof Claim.Busy) || !clock.instant().isBefore(deadline)) {
                return claim;
            }
            try {
                Thread.sleep(BUSY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claim;
            }
        }
    }

    private Dispatch carry(OutboundMessage message, String address, Claim.Granted claim) {
        var normalised = new OutboundMessage(
                message.key(),
                message.channel(),
                message.kind(),
                message.recipient(),
                address,
                message.subject(),
                message.body(),
                message.caseId(),
                message.link());
        var carrier = carriers.get(message.channel());
        Handover handover;
        try {
            handover = carrier == null
                    ? Handover.refused("The platform has no " + message.channel() + " channel")
                    : carrier.carry(normalised);
        } catch (RuntimeException e) {
            log.warn("Sending message {} over {} failed", message.key(), message.channel(), e);
            handover = Handover.refused(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (!handover.accepted()) {
            log.info("Message {} over {} refused: {}", message.key(), message.channel(), handover.failure());
        }
        return dispatches.decide(claim, message.key(), message.channel(), clock.instant(), handover);
    }

    private Dispatch refused(OutboundMessage message, String reason) {
        return new Dispatch(message.key(), message.channel(), false, clock.instant(), null, reason);
    }
}
