package org.smartcourt.notifications.sms;

import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.application.Links;
import org.smartcourt.notifications.domain.Addresses;
import org.smartcourt.notifications.domain.Carrier;
import org.smartcourt.notifications.domain.Handover;
import org.smartcourt.notifications.domain.MessageIds;
import org.springframework.stereotype.Component;

/**
 * Sends a text message through the SMS gateway: the body and the link to open, under a reference derived from the
 * message key and number, so that the gateway can drop a copy sent again after a crash.
 */
@Component
class SmsCarrier implements Carrier {

    private final SmsGateway gateway;
    private final Links links;

    SmsCarrier(SmsGateway gateway, Links links) {
        this.gateway = gateway;
        this.links = links;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Handover carry(OutboundMessage message) {
        if (!Addresses.isMainlandMobile(message.address())) {
            return Handover.refused("Not a mainland mobile number: " + message.address());
        }
        var text = new StringBuilder(message.body().strip());
        if (message.link() != null) {
            text.append(' ').append(links.absolute(message.link()));
        }
        var answer = gateway.send(message.address(), text.toString(), MessageIds.sms(message.key(), message.address()));
        return answer.accepted() && answer.messageId() != null
                ? Handover.accepted(answer.messageId())
                : Handover.refused(answer.failure() == null ? "The SMS gateway gave no answer" : answer.failure());
    }
}
