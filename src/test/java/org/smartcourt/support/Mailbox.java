package org.smartcourt.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

/**
 * The real SMTP server of the test JVM (GreenMail on a free port of 127.0.0.1), to which the shared test application
 * context sends its e-mail, and from which tests read what arrived. A child application ({@link ChildApplication})
 * can send here too: pass it {@code --spring.mail.host=127.0.0.1 --spring.mail.port=} {@link #port()}.
 *
 * <p>The mailbox is shared by every test in the JVM and never emptied: read the mail to an address of your own.
 */
public final class Mailbox {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final GreenMail SERVER = start();

    private Mailbox() {}

    /** One e-mail as it arrived: its headers, its plain-text and HTML parts, the links in its text. */
    public record Mail(
            String messageId, List<String> to, String subject, String text, String html, Map<String, String> headers) {

        /** A header by name, any case; null when absent. */
        public @Nullable String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }

        /** The web addresses in the plain-text part, in order. */
        public List<String> links() {
            var links = new ArrayList<String>();
            var matcher = URL.matcher(text);
            while (matcher.find()) {
                links.add(matcher.group());
            }
            return links;
        }
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** The e-mails to this address received so far, oldest first. */
    public static List<Mail> to(String address) {
        var wanted = address.strip().toLowerCase(Locale.ROOT);
        var mails = new ArrayList<Mail>();
        for (var message : SERVER.getReceivedMessages()) {
            var mail = mail(message);
            if (mail.to().contains(wanted)) {
                mails.add(mail);
            }
        }
        return Collections.unmodifiableList(mails);
    }

    /** Waits until at least one e-mail to this address arrived, and returns the latest. */
    public static Mail awaitMail(String address) {
        var mails = await(address, 1);
        return mails.get(mails.size() - 1);
    }

    /** Waits until at least {@code count} e-mails to this address arrived, and returns them all. */
    public static List<Mail> await(String address, int count) {
        return Awaitility.await("%d e-mail(s) to %s".formatted(count, address))
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> to(address), mails -> mails.size() >= count);
    }

    /** How many e-mails to this address arrived with each Message-ID. */
    public static Map<String, Long> countByMessageId(String address) {
        return to(address).stream()
                .collect(Collectors.groupingBy(Mail::messageId, LinkedHashMap::new, Collectors.counting()));
    }

    private static GreenMail start() {
        var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-server-stop"));
        return server;
    }

    private static Mail mail(MimeMessage message) {
        try {
            var recipients = message.getAllRecipients() == null ? new Address[0] : message.getAllRecipients();
            var headers = new LinkedHashMap<String, String>();
            Collections.list(message.getAllHeaders())
                    .forEach(header -> headers.putIfAbsent(header.getName(), header.getValue()));
            return new Mail(
                    String.valueOf(message.getMessageID()),
                    Arrays.stream(recipients)
                            .map(Address::toString)
                            .map(to -> to.replaceAll(".*<(.*)>.*", "$1"))
                            .map(to -> to.strip().toLowerCase(Locale.ROOT))
                            .toList(),
                    String.valueOf(message.getSubject()),
                    part(message, "text/plain"),
                    part(message, "text/html"),
                    headers);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read an e-mail the test SMTP server received", e);
        }
    }

    private static String part(Part part, String type) throws MessagingException {
        try {
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                for (var i = 0; i < multipart.getCount(); i++) {
                    var text = part(multipart.getBodyPart(i), type);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
