package org.smartcourt.notifications.email;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.application.Links;
import org.springframework.context.MessageSource;

/** The words of an e-mail as plain text and as HTML, with the link to open when there is one. */
record EmailText(String plain, String html) {

    static EmailText of(
            OutboundMessage message, Locale locale, Links links, @Nullable String unsubscribe, MessageSource messages) {
        var plain = new StringBuilder(message.body().strip()).append("\n");
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escaped(message.subject()))
                .append("</title></head><body>");
        for (var paragraph : message.body().strip().split("\n")) {
            html.append("<p>").append(escaped(paragraph)).append("</p>");
        }
        var link = message.link();
        if (link != null) {
            var url = links.absolute(link);
            var label = messages.getMessage("notifications.email.open", null, locale);
            plain.append("\n").append(labelled(messages, locale, label, url)).append("\n");
            html.append("<p><a href=\"")
                    .append(escaped(url))
                    .append("\">")
                    .append(escaped(label))
                    .append("</a></p>");
        }
        var footer = messages.getMessage("notifications.email.footer", null, locale);
        plain.append("\n-- \n").append(footer).append("\n");
        html.append("<hr><p><small>").append(escaped(footer));
        if (unsubscribe != null) {
            var label = messages.getMessage("notifications.email.unsubscribe", null, locale);
            plain.append(labelled(messages, locale, label, unsubscribe)).append("\n");
            html.append(" <a href=\"")
                    .append(escaped(unsubscribe))
                    .append("\">")
                    .append(escaped(label))
                    .append("</a>");
        }
        html.append("</small></p></body></html>");
        return new EmailText(plain.toString(), html.toString());
    }

    private static String labelled(MessageSource messages, Locale locale, String label, String url) {
        return messages.getMessage("notifications.email.labelled", new Object[] {label, url}, locale);
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
