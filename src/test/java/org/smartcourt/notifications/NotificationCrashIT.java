package org.smartcourt.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.support.ChildApplication;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.Mailbox;

/**
 * Issue #6: killing the platform while notifications are queued loses none and duplicates none after restart. The
 * node runs as a separate process that sends its e-mail to this JVM's SMTP server and its texts to its own sandbox SMS
 * gateway; quiet hours around the present moment hold the e-mails and texts in the queue while it is killed.
 */
@CourtIntegrationTest
class NotificationCrashIT {

    private static final int PEOPLE = 4;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void killingTheNodeWhileMessagesAreQueuedLosesNoneAndDuplicatesNoneAfterRestart() throws Exception {
        var now = LocalTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        var quietNow = arguments(
                "--smartcourt.notifications.quiet-hours.start=" + now.minusHours(2),
                "--smartcourt.notifications.quiet-hours.end=" + now.plusHours(2));
        var quietNever = arguments(
                "--smartcourt.notifications.quiet-hours.start=00:00",
                "--smartcourt.notifications.quiet-hours.end=00:00");
        try (var node = ChildApplication.start("notifications-crash", quietNow)) {
            var people = new ArrayList<People.Person>();
            for (var i = 0; i < PEOPLE; i++) {
                var person = People.register(node.port(), i % 2 == 0 ? "zh-CN" : "en");
                people.add(person);
                var check = new IdentityFixtures(node.port())
                        .post(
                                "/api/v1/me/notification-preferences/check",
                                "",
                                "Authorization",
                                "Bearer " + person.token());
                assertThat(check.statusCode()).isEqualTo(202);
                assertThat(IdentityFixtures.json(check).get("heldUntil").isNull())
                        .as("quiet hours hold the e-mail and text")
                        .isFalse();
            }
            for (var person : people) {
                awaitInbox(node, person, person.token());
                assertThat(Mailbox.to(person.email())).isEmpty();
                assertThat(SandboxSms.to(node.port(), person.mobile())).isEmpty();
            }

            node.kill();
            node.restart(quietNever);

            Awaitility.await("every e-mail and text once, and still once a while later")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .during(Duration.ofSeconds(5))
                    .untilAsserted(() -> {
                        for (var person : people) {
                            assertThat(Mailbox.countByMessageId(person.email()))
                                    .hasSize(1)
                                    .containsValue(1L);
                            assertThat(SandboxSms.to(node.port(), person.mobile()))
                                    .hasSize(1);
                        }
                    });
            for (var person : people) {
                var token = IdentityFixtures.token(
                        new IdentityFixtures(node.port()).login(person.username(), IdentityFixtures.PASSWORD, null));
                assertThat(awaitInbox(node, person, token)).isEqualTo(1);
            }
        }
    }

    private static int awaitInbox(ChildApplication node, People.Person person, String token) {
        return Awaitility.await("the test message in the inbox of " + person.username())
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> IdentityFixtures.json(new IdentityFixtures(node.port())
                                        .get("/api/v1/inbox", "Authorization", "Bearer " + token))
                                .size(),
                        count -> count > 0);
    }

    /** The settings of both runs: mail to this JVM's SMTP server, the sandbox SMS gateway, a brisk queue. */
    private static String[] arguments(String... quietHours) {
        return Stream.concat(
                        Stream.of(
                                "--spring.mail.host=127.0.0.1",
                                "--spring.mail.port=" + Mailbox.port(),
                                "--smartcourt.notifications.sms.sandbox=true",
                                "--smartcourt.notifications.queue.poll=200ms"),
                        Stream.of(quietHours))
                .toArray(String[]::new);
    }
}
