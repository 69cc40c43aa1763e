package org.smartcourt.notifications;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message to one person over one channel, already written in the recipient's language.
 *
 * @param key identifies the message for idempotency: a key is sent at most once per channel and address
 * @param recipient the recipient's username, when they have an account (required for {@link Channel#INBOX})
 * @param address where it goes: the e-mail address, the mobile number, or for the inbox the username
 * @param link where the recipient opens what the message is about (a served document, a fee notice), if anything
 */
public record OutboundMessage(
        String key,
        Channel channel,
        MessageKind kind,
        @Nullable String recipient,
        String address,
        String subject,
        String body,
        @Nullable UUID caseId,
        @Nullable URI link) {

    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A message needs a key");
        }
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A message needs an address");
        }
        if (channel == Channel.INBOX && recipient == null) {
            throw new IllegalArgumentException("An inbox message needs a recipient account");
        }
    }
}
