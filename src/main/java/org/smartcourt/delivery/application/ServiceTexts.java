package org.smartcourt.delivery.application;

import java.net.URI;
import java.util.Locale;
import org.smartcourt.courts.Courts;
import org.smartcourt.delivery.domain.ChannelRecord;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.ServiceChannel;
import org.smartcourt.identity.AccountProfiles;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the message that carries a service on one channel, in the recipient's language, with its link. */
@Component
class ServiceTexts {

    private final MessageSource messages;
    private final AccountProfiles profiles;
    private final Courts courts;

    ServiceTexts(MessageSource messages, AccountProfiles profiles, Courts courts) {
        this.messages = messages;
        this.profiles = profiles;
        this.courts = courts;
    }

    /** The message's idempotency key: one message per service and channel, however often it is sent. */
    static String key(Service service, ServiceChannel channel) {
        return "delivery:" + service.id() + ":" + channel.name();
    }

    /** The link a message carries: the service's page, opened with the channel's secret (made absolute by the channel). */
    static URI link(Service service, ChannelRecord record) {
        return URI.create("/services/" + service.id() + "?access=" + record.accessToken());
    }

    OutboundMessage message(Service service, ChannelRecord record) {
        var locale = locale(service);
        var courtName = courtName(service);
        var title = service.document().title();
        var subject = messages.getMessage(
                "delivery.message.subject", new Object[] {courtName, service.caseNumber(), title}, locale);
        var body = record.channel() == ServiceChannel.SMS
                ? messages.getMessage("delivery.message.sms", new Object[] {service.caseNumber(), title}, locale)
                : messages.getMessage(
                        record.addressConfirmed()
                                ? "delivery.message.body.confirmed"
                                : "delivery.message.body.unconfirmed",
                        new Object[] {service.recipient().name(), courtName, service.caseNumber(), title},
                        locale);
        return new OutboundMessage(
                key(service, record.channel()),
                channel(record.channel()),
                MessageKind.LEGAL,
                service.recipient().account(),
                record.address(),
                subject,
                body,
                service.caseId(),
                link(service, record));
    }

    String courtName(Service service) {
        return courts.find(service.court())
                .map(court -> court.name())
                .orElse(service.court().value());
    }

    private Locale locale(Service service) {
        var account = service.recipient().account();
        if (account == null) {
            return Language.DEFAULT.locale();
        }
        return profiles.profile(account)
                .map(profile -> profile.language().locale())
                .orElse(Language.DEFAULT.locale());
    }

    private static Channel channel(ServiceChannel channel) {
        return switch (channel) {
            case INBOX -> Channel.INBOX;
            case EMAIL -> Channel.EMAIL;
            case SMS -> Channel.SMS;
            default -> throw new IllegalArgumentException("Not a message channel: " + channel);
        };
    }
}
