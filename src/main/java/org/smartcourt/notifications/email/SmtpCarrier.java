package org.smartcourt.notifications.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.application.Links;
import org.smartcourt.notifications.application.NotificationProperties;
import org.smartcourt.notifications.application.RecipientLanguage;
import org.smartcourt.notifications.application.UnsubscribeLinks;
import org.smartcourt.notifications.domain.Carrier;
import org.smartcourt.notifications.domain.Handover;
import org.smartcourt.notifications.domain.MessageIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail over SMTP: a plain-text and an HTML part with the same words, in the recipient's language, with a
 * Message-ID derived from the message key and address so that a receiver can drop a copy sent again after a crash.
 * Reminders and alerts carry a signed one-click unsubscribe link (RFC 8058); legal messages do not. Without an SMTP
 * server ({@code spring.mail.host}) every e-mail is refused.
 */
@Component
class SmtpCarrier implements Carrier {

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationProperties properties;
    private final Links links;
    private final UnsubscribeLinks unsubscribeLinks;
    private final RecipientLanguage languages;
    private final MessageSource messages;

    SmtpCarrier(
            ObjectProvider<JavaMailSender> senders,
            NotificationProperties properties,
            Links links,
            UnsubscribeLinks unsubscribeLinks,
            RecipientLanguage languages,
            MessageSource messages) {
        this.senders = senders;
        this.properties = properties;
        this.links = links;
        this.unsubscribeLinks = unsubscribeLinks;
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Handover carry(OutboundMessage message) {
        var sender = senders.getIfAvailable();
        if (sender == null) {
            return Handover.refused("No SMTP server is configured (spring.mail.host)");
        }
        InternetAddress to;
        try {
            to = new InternetAddress(message.address(), true);
        } catch (AddressException e) {
            return Handover.refused("Not an e-mail address: " + message.address());
        }
        var messageId = MessageIds.email(
                message.key(), message.address(), properties.mail().messageIdDomain());
        try {
            sender.send(mime(sender, message, to, messageId));
            return Handover.accepted(messageId);
        } catch (MailException e) {
            return Handover.refused("The SMTP server did not take the e-mail: " + rootCause(e));
        } catch (MessagingException e) {
            return Handover.refused("The e-mail could not be written: " + e.getMessage());
        }
    }

    private MimeMessage mime(JavaMailSender sender, OutboundMessage message, InternetAddress to, String messageId)
            throws MessagingException {
        var language = languages.of(message.recipient());
        var unsubscribe = unsubscribeLinks.of(message);
        var text = EmailText.of(message, language.locale(), links, unsubscribe.orElse(null), messages);
        var mime = sender.createMimeMessage();
        mime.setFrom(new InternetAddress(properties.mail().from(), false));
        mime.setRecipient(MimeMessage.RecipientType.TO, to);
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(new Date());
        // JavaMailSenderImpl keeps an explicitly set Message-ID instead of writing a random one.
        mime.setHeader("Message-ID", messageId);
        mime.setHeader("Content-Language", language.tag());
        // RFC 3834: written by a machine, so that auto-responders stay quiet.
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (unsubscribe.isPresent()) {
            // RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the link.
            mime.setHeader("List-Unsubscribe", "<" + unsubscribe.get() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var plain = new MimeBodyPart();
        plain.setText(text.plain(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(text.html(), "UTF-8", "html");
        var alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(plain);
        alternatives.addBodyPart(html);
        mime.setContent(alternatives);
        return mime;
    }

    private static String rootCause(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var text = cause.getMessage();
        return text == null || text.isBlank() ? cause.getClass().getSimpleName() : text.strip();
    }
}
