package org.smartcourt.notifications.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.notifications.application.NotificationProperties;
import org.smartcourt.notifications.sms.SmsSignature;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sandbox SMS gateway's books: it checks each request's key, timestamp and signature, takes each client reference
 * once, and keeps every text to be read. Numbers starting 1700000 stand for a carrier that is down: the gateway
 * answers them 503, so that the platform's handling of a failing gateway can be seen.
 */
@Component
@SmsSandboxEnabled
public class SandboxSmsCenter {

    /** The numbers the sandbox cannot deliver to for now. */
    public static final String UNREACHABLE_PREFIX = "1700000";

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String apiKey;
    private final SmsSignature signature;

    SandboxSmsCenter(JdbcClient jdbc, Clock clock, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.apiKey = properties.sms().apiKey();
        this.signature = new SmsSignature(properties.sms().apiSecret());
    }

    /** Whether a request is signed by the platform's key, at a time close to now. */
    public boolean authentic(String key, String timestamp, String payload, String givenSignature) {
        if (!apiKey.equals(key)) {
            return false;
        }
        try {
            var at = Instant.parse(timestamp);
            var skew = Duration.between(at, clock.instant()).abs();
            return skew.compareTo(CLOCK_SKEW) <= 0 && signature.verify(timestamp, payload, givenSignature);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Takes a text; a reference seen before answers with the text taken then. */
    @Transactional
    public SandboxText accept(String key, String recipient, String text, String signName, String reference) {
        jdbc.sql("""
                        insert into sandbox_sms (message_id, reference, api_key, recipient, sign_name, text,
                            received_at)
                        values (:id, :reference, :key, :recipient, :sign, :text, :at)
                        on conflict (reference) do nothing""")
                .param(
                        "id",
                        "SMS" + UUID.randomUUID().toString().replace("-", "").substring(0, 20))
                .param("reference", reference)
                .param("key", key)
                .param("recipient", recipient)
                .param("sign", signName)
                .param("text", text)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return byReference(reference).orElseThrow();
    }

    public Optional<SandboxText> byReference(String reference) {
        return jdbc.sql("select * from sandbox_sms where reference = :reference")
                .param("reference", reference)
                .query(SandboxSmsCenter::text)
                .optional();
    }

    /** The texts to a number, oldest first. */
    public List<SandboxText> to(String recipient) {
        return jdbc.sql("select * from sandbox_sms where recipient = :recipient order by received_at, message_id")
                .param("recipient", recipient)
                .query(SandboxSmsCenter::text)
                .list();
    }

    /** The latest texts to anyone, newest first. */
    public List<SandboxText> latest(int limit) {
        return jdbc.sql("select * from sandbox_sms order by received_at desc, message_id limit :limit")
                .param("limit", limit)
                .query(SandboxSmsCenter::text)
                .list();
    }

    private static SandboxText text(ResultSet rs, int row) throws SQLException {
        return new SandboxText(
                rs.getString("message_id"),
                rs.getString("reference"),
                rs.getString("recipient"),
                rs.getString("sign_name"),
                rs.getString("text"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }
}
