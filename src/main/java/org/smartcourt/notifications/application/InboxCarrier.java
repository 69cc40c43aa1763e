package org.smartcourt.notifications.application;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.AccountProfiles;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.domain.Carrier;
import org.smartcourt.notifications.domain.Handover;
import org.smartcourt.notifications.domain.Inbox;
import org.smartcourt.notifications.domain.InboxMessage;
import org.smartcourt.notifications.domain.MessageText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a message into its recipient's inbox, written as the sender wrote it. The message key is its source event, so
 * the same key never makes a second message.
 */
@Component
class InboxCarrier implements Carrier {

    /** A message code whose text is its one argument: the words the sender wrote. */
    static final String VERBATIM = "notifications.verbatim";

    private final Inbox inbox;
    private final AccountProfiles accounts;
    private final Clock clock;

    InboxCarrier(Inbox inbox, AccountProfiles accounts, Clock clock) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.INBOX;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Handover carry(OutboundMessage message) {
        var recipient = message.address();
        if (accounts.profile(recipient).isEmpty()) {
            return Handover.refused("There is no account " + recipient + " whose inbox could take the message");
        }
        inbox.deliver(new InboxMessage(
                UUID.randomUUID(),
                recipient,
                message.key(),
                MessageText.of(VERBATIM, message.subject()),
                MessageText.of(VERBATIM, message.body()),
                message.caseId(),
                null,
                clock.instant(),
                null,
                openable(message.link())));
        return inbox.idOf(recipient, message.key())
                .map(id -> Handover.accepted(id.toString()))
                .orElseGet(() -> Handover.refused("The inbox did not keep the message"));
    }

    /** Only a link within the platform or to a web page; never a script. */
    private static @Nullable String openable(@Nullable URI link) {
        if (link == null) {
            return null;
        }
        var scheme = link.getScheme();
        return scheme == null || scheme.equals("https") || scheme.equals("http") ? link.toString() : null;
    }
}
