package org.smartcourt.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.domain.Inbox;
import org.smartcourt.notifications.domain.InboxMessage;
import org.smartcourt.notifications.domain.MessageText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows a user their own messages, newest first, put into words in the reader's language. */
@Component
public class ReadInbox {

    /** A message as its reader sees it. */
    public record Shown(
            UUID id,
            String subject,
            String body,
            @Nullable UUID caseId,
            @Nullable String documentHash,
            Instant createdAt,
            @Nullable Instant readAt,
            @Nullable String link) {

        public boolean unread() {
            return readAt == null;
        }
    }

    private final Inbox inbox;
    private final MessageSource messages;

    ReadInbox(Inbox inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Shown> of(String reader, Locale locale) {
        return inbox.of(reader).stream().map(message -> show(message, locale)).toList();
    }

    private Shown show(InboxMessage message, Locale locale) {
        return new Shown(
                message.id(),
                text(message.subject(), locale),
                text(message.body(), locale),
                message.caseId(),
                message.documentHash(),
                message.createdAt(),
                message.readAt(),
                message.link());
    }

    private String text(MessageText text, Locale locale) {
        return messages.getMessage(text.code(), text.arguments().toArray(), text.code(), locale);
    }
}
