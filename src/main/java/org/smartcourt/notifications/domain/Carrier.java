package org.smartcourt.notifications.domain;

import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.OutboundMessage;

/** Hands a message to the far side of one channel: the inbox, an SMTP server, an SMS gateway. */
public interface Carrier {

    Channel channel();

    /** Hands the message over once; never throws for a refusal, which the answer describes. */
    Handover carry(OutboundMessage message);
}
