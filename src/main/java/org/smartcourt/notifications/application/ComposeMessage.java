package org.smartcourt.notifications.application;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.AccountProfiles;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.domain.Preferences;
import org.smartcourt.notifications.domain.QueuedMessage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a queued message for its recipient: their address for the channel and the template's words in their
 * language, or the reason it does not go out (no account, no address, unsubscribed).
 */
@Component
class ComposeMessage {

    /** The message to send, or why there is none. */
    record Composed(
            @Nullable OutboundMessage message, @Nullable String dropped) {}

    private final AccountProfiles accounts;
    private final Preferences preferences;
    private final MessageSource messages;

    ComposeMessage(AccountProfiles accounts, Preferences preferences, MessageSource messages) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.messages = messages;
    }

    Composed compose(QueuedMessage queued) {
        var found = accounts.profile(queued.recipient());
        if (found.isEmpty()) {
            return dropped("There is no account " + queued.recipient());
        }
        var profile = found.get();
        var kind = queued.template().kind();
        if (kind != MessageKind.LEGAL && !preferences.of(profile.username()).allows(queued.channel())) {
            return dropped(profile.username() + " unsubscribed from reminders by " + queued.channel());
        }
        var address = switch (queued.channel()) {
            case INBOX -> profile.username();
            case EMAIL -> profile.email();
            case SMS -> profile.mobile();
        };
        if (address == null || address.isBlank()) {
            return dropped(profile.username() + " gave no address for " + queued.channel());
        }
        var locale = profile.language().locale();
        var arguments = queued.arguments().toArray();
        var template = queued.template();
        var subject = messages.getMessage(template.subjectKey(), arguments, locale);
        var body = messages.getMessage(
                queued.channel() == org.smartcourt.notifications.Channel.SMS ? template.smsKey() : template.bodyKey(),
                arguments,
                locale);
        var link = queued.link();
        return new Composed(
                new OutboundMessage(
                        queued.messageKey(),
                        queued.channel(),
                        kind,
                        profile.username(),
                        address,
                        subject,
                        body,
                        queued.caseId(),
                        link == null ? null : URI.create(link)),
                null);
    }

    private static Composed dropped(String reason) {
        return new Composed(null, reason);
    }
}
