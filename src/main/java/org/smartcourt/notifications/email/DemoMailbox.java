package org.smartcourt.notifications.email;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the demo's in-process SMTP server received, newest first. */
public class DemoMailbox {

    /** One e-mail as the demo mail page shows it. */
    public record Mail(String messageId, String to, String subject, String text, Instant sentAt) {}

    private final GreenMail server;

    DemoMailbox(GreenMail server) {
        this.server = server;
    }

    /** The e-mails to any of these addresses; every e-mail when the list is null. */
    public List<Mail> to(@org.jspecify.annotations.Nullable List<String> addresses) {
        var mails = new ArrayList<Mail>();
        for (var message : server.getReceivedMessages()) {
            var mail = mail(message);
            if (addresses == null
                    || addresses.stream()
                            .anyMatch(address ->
                                    mail.to().toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT)))) {
                mails.add(mail);
            }
        }
        Collections.reverse(mails);
        return mails;
    }

    private static Mail mail(MimeMessage message) {
        try {
            var to = message.getAllRecipients() == null
                    ? ""
                    : Arrays.stream(message.getAllRecipients())
                            .map(Address::toString)
                            .collect(Collectors.joining(", "));
            var sent = message.getSentDate();
            return new Mail(
                    String.valueOf(message.getMessageID()),
                    to,
                    String.valueOf(message.getSubject()),
                    plainText(message),
                    sent == null ? Instant.EPOCH : sent.toInstant());
        } catch (MessagingException | IOException e) {
            return new Mail("", "", "", "(" + e.getMessage() + ")", Instant.EPOCH);
        }
    }

    /** The first text/plain part. */
    static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (var i = 0; i < multipart.getCount(); i++) {
                var text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
