package org.smartcourt.notifications.sms;

import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.application.Links;
import org.smartcourt.notifications.application.RecipientLanguage;
import org.smartcourt.notifications.application.UnsubscribeLinks;
import org.smartcourt.notifications.domain.Addresses;
import org.smartcourt.notifications.domain.Carrier;
import org.smartcourt.notifications.domain.Handover;
import org.smartcourt.notifications.domain.MessageIds;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sends a text message through the SMS gateway: the body and the link to open, under a reference derived from the
 * message key and number, so that the gateway can drop a copy sent again after a crash. Reminders and alerts end with
 * a signed unsubscribe link.
 */
@Component
class SmsCarrier implements Carrier {

    private final SmsGateway gateway;
    private final Links links;
    private final UnsubscribeLinks unsubscribeLinks;
    private final RecipientLanguage languages;
    private final MessageSource messages;

    SmsCarrier(
            SmsGateway gateway,
            Links links,
            UnsubscribeLinks unsubscribeLinks,
            RecipientLanguage languages,
            MessageSource messages) {
        this.gateway = gateway;
        this.links = links;
        this.unsubscribeLinks = unsubscribeLinks;
        this.languages = languages;
        this.messages = messages;
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
        var link = message.link();
        if (link != null) {
            text.append(' ').append(links.absolute(link));
        }
        unsubscribeLinks
                .of(message)
                .ifPresent(unsubscribe -> text.append(' ')
                        .append(messages.getMessage(
                                "notifications.sms.unsubscribe", null, languages.localeOf(message.recipient())))
                        .append(' ')
                        .append(unsubscribe));
        var answer = gateway.send(message.address(), text.toString(), MessageIds.sms(message.key(), message.address()));
        return answer.accepted() && answer.messageId() != null
                ? Handover.accepted(answer.messageId())
                : Handover.refused(answer.failure() == null ? "The SMS gateway gave no answer" : answer.failure());
    }
}
