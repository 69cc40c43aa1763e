package org.smartcourt.fees.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.fees.payment.SandboxProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the sandbox's payment notifications to the merchant, asynchronously, and retries with exponential backoff
 * until the merchant answers {@code SUCCESS}. The queue is a table, so notifications outlive a restart.
 */
@Component
@SandboxEnabled
class SandboxNotifier {

    private static final Logger log = LoggerFactory.getLogger(SandboxNotifier.class);
    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SandboxProperties properties;
    private final TransactionTemplate transactions;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxNotifier(JdbcClient jdbc, Clock clock, SandboxProperties properties, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${smartcourt.fees.sandbox.notify-poll:500ms}")
    void sendDue() {
        List<Due> due = jdbc.sql("""
                select id, notify_url, body, attempts from sandbox_notification
                 where delivered_at is null and next_attempt_at <= ? order by next_attempt_at limit ?
                """)
                .params(clock.instant().atOffset(ZoneOffset.UTC), BATCH)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
        due.forEach(this::send);
    }

    private void send(Due notification) {
        String error;
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(notification.url()))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(notification.body()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && "SUCCESS".equals(response.body().strip())) {
                transactions.executeWithoutResult(status -> jdbc.sql("""
                                update sandbox_notification set delivered_at = ?, attempts = attempts + 1,
                                    last_error = null where id = ?
                                """)
                        .params(clock.instant().atOffset(ZoneOffset.UTC), notification.id())
                        .update());
                return;
            }
            error = response.statusCode() + " " + abbreviate(response.body());
        } catch (IOException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        var wait = backoff(notification.attempts() + 1);
        log.info("Sandbox notification {} not acknowledged ({}); retrying in {}", notification.id(), error, wait);
        var lastError = error;
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        update sandbox_notification set attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                         where id = ?
                        """)
                .params(clock.instant().plus(wait).atOffset(ZoneOffset.UTC), lastError, notification.id())
                .update());
    }

    /** The wait after the n-th failed attempt: the first retry delay, doubled each time, at most the maximum. */
    Duration backoff(int failedAttempts) {
        var wait = properties.firstRetry();
        for (var i = 1; i < failedAttempts && wait.compareTo(properties.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : wait;
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private record Due(long id, String url, String body, int attempts) {}
}
