package org.smartcourt.notifications.application;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification channels, the queue of reminders, quiet hours and unsubscribing.
 *
 * @param platformUrl the platform's public base URL for links in e-mails and texts; empty: {@code
 *     http://localhost:<port>}
 * @param unsubscribeKey the key unsubscribe links are signed with (HMAC-SHA256); a development value by default, set
 *     a secret one anywhere else
 * @param sendWait how long a second request for a message that another request is sending waits for its outcome
 * @param sendLease after how long a message claimed by a sender that never decided it (a node that died) may be sent
 *     again
 */
@ConfigurationProperties("smartcourt.notifications")
public record NotificationProperties(
        @Nullable String platformUrl,
        @DefaultValue Mail mail,
        @DefaultValue Sms sms,
        @DefaultValue QuietHours quietHours,
        @DefaultValue Queue queue,
        @DefaultValue("unsubscribe-key-not-a-secret") String unsubscribeKey,
        @DefaultValue("15s") Duration sendWait,
        @DefaultValue("2m") Duration sendLease) {

    /**
     * E-mail. The SMTP server itself is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, ...).
     *
     * @param from the sender of every e-mail
     * @param messageIdDomain the right-hand side of the Message-IDs the platform writes
     * @param demoPort the port of the in-process SMTP server of demo mode (used when no {@code spring.mail.host} is
     *     set); 0 picks a free one
     */
    public record Mail(
            @DefaultValue("SmartCourt <noreply@smartcourt.localhost>")
            String from,

            @DefaultValue("smartcourt.localhost") String messageIdDomain,
            @DefaultValue("0") int demoPort) {}

    /**
     * Text messages, sent through an SMS gateway's HTTP API.
     *
     * @param sandbox whether the sandbox gateway runs inside the application under {@code /sandbox-sms/**} (demo and
     *     test mode)
     * @param gatewayUrl the gateway's base URL; empty: the sandbox, when it runs
     * @param apiKey the platform's API key id at the gateway
     * @param apiSecret the secret requests are signed with (HMAC-SHA256)
     * @param signName the sender's signature the gateway puts in front of each text (短信签名)
     * @param timeout how long a call to the gateway may take
     */
    public record Sms(
            @DefaultValue("false") boolean sandbox,
            @Nullable String gatewayUrl,
            @DefaultValue("smartcourt") String apiKey,
            @DefaultValue("sandbox-sms-secret-not-a-secret") String apiSecret,
            @DefaultValue("智慧法院") String signName,
            @DefaultValue("10s") Duration timeout) {}

    /**
     * When reminders and alerts by e-mail and text wait; legal messages never do. Equal start and end: no quiet hours.
     */
    public record QuietHours(
            @DefaultValue("22:00") LocalTime start,
            @DefaultValue("08:00") LocalTime end,
            @DefaultValue("Asia/Shanghai") ZoneId zone) {}

    /**
     * The durable queue of scheduled messages.
     *
     * @param poll how often due messages are looked for
     * @param batch how many messages one poll takes at most
     * @param firstRetry the wait after a first refusal; doubled after each further one
     * @param maxRetry the longest wait between two attempts
     * @param maxAttempts after how many refusals a message is given up
     */
    public record Queue(
            @DefaultValue("1s") Duration poll,
            @DefaultValue("50") int batch,
            @DefaultValue("30s") Duration firstRetry,
            @DefaultValue("1h") Duration maxRetry,
            @DefaultValue("12") int maxAttempts) {}
}
