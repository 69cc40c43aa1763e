package org.smartcourt.notifications.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.domain.UnsubscribeTokens;
import org.springframework.stereotype.Component;

/**
 * The signed link in each reminder and alert by e-mail or text that stops further ones by that channel with one click.
 * Legal messages have none: a person cannot refuse service of a court document by unsubscribing.
 */
@Component
public class UnsubscribeLinks {

    static final String PATH = "/notifications/unsubscribe";

    private final UnsubscribeTokens tokens;
    private final Links links;

    UnsubscribeLinks(NotificationProperties properties, Links links) {
        this.tokens = new UnsubscribeTokens(properties.unsubscribeKey());
        this.links = links;
    }

    /** The link for this message, if it may be unsubscribed from. */
    public Optional<String> of(OutboundMessage message) {
        var recipient = message.recipient();
        if (message.kind() == MessageKind.LEGAL || recipient == null || message.channel() == Channel.INBOX) {
            return Optional.empty();
        }
        var token = tokens.issue(recipient, message.channel());
        return Optional.of(links.platform() + PATH + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    UnsubscribeTokens tokens() {
        return tokens;
    }
}
