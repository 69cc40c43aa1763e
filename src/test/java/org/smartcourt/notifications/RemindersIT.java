package org.smartcourt.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.Filings;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.docket.domain.AssignmentMethod;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.notifications.domain.MessageQueue;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.Mailbox;
import org.smartcourt.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class RemindersIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    Reminders reminders;

    @Autowired
    Messenger messenger;

    @Autowired
    MessageQueue queue;

    @Test
    void aDueReminderReachesTheInboxTheMailboxAndThePhoneInTheRecipientsLanguage() throws Exception {
        var person = People.register(port, "en");
        var key = "answer-period:" + UUID.randomUUID();

        var scheduled = reminders.schedule(answerPeriodEnding(key, person, Instant.now()));
        var again =
                reminders.schedule(answerPeriodEnding(key, person, Instant.now().plusSeconds(60)));

        assertThat(scheduled).isTrue();
        assertThat(again).isFalse();
        awaitStates(key, Map.of(Channel.INBOX, "SENT", Channel.EMAIL, "SENT", Channel.SMS, "SENT"));
        var mail = Mailbox.awaitMail(person.email());
        assertThat(mail.subject()).isEqualTo("The period to answer in case (2026)鲁0102民初1234号 ends on 2026-12-15");
        assertThat(mail.text()).contains("Civil Procedure Law, Art. 128", "/cases/");
        assertThat(mail.header("List-Unsubscribe"))
                .matches("<http://localhost:\\d+/notifications/unsubscribe\\?token=.+>");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mailbox.to(person.email())).hasSize(1);
        var texts = SandboxSms.to(port, person.mobile());
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).get("text").asString())
                .startsWith("Your period to answer in case (2026)鲁0102民初1234号 ends on 2026-12-15.")
                .contains("Unsubscribe: http://localhost:");
        var inbox = IdentityFixtures.json(
                new IdentityFixtures(port).get("/api/v1/inbox", "Authorization", "Bearer " + person.token()));
        assertThat(inbox.get(0).get("subject").asString()).startsWith("The period to answer in case");
    }

    @Test
    void aReminderDueLaterWaitsAndACancelledOneNeverGoesOut() throws Exception {
        var person = People.register(port, "zh-CN");
        var later = "later:" + UUID.randomUUID();
        var cancelled = "cancelled:" + UUID.randomUUID();

        reminders.schedule(answerPeriodEnding(later, person, Instant.now().plus(Duration.ofDays(3))));
        reminders.schedule(answerPeriodEnding(cancelled, person, Instant.now().plus(Duration.ofDays(3))));
        var taken = reminders.cancel(cancelled);

        assertThat(taken).isTrue();
        assertThat(reminders.cancel(cancelled)).isFalse();
        assertThat(queue.states(later)).containsValues("QUEUED").doesNotContainValue("SENT");
        assertThat(queue.states(cancelled))
                .isEqualTo(Map.of(Channel.INBOX, "CANCELLED", Channel.EMAIL, "CANCELLED", Channel.SMS, "CANCELLED"));
    }

    @Test
    void oneClickUnsubscribeStopsRemindersByEmailButNotLegalMessages() throws Exception {
        var person = People.register(port, "zh-CN");
        var first = "first:" + UUID.randomUUID();
        reminders.schedule(answerPeriodEnding(first, person, Instant.now()));
        var link = Mailbox.awaitMail(person.email()).header("List-Unsubscribe").replaceAll("[<>]", "");

        // RFC 8058: the mail client POSTs this body to the link, without cookies or a CSRF token.
        var unsubscribed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(link))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("已退订");
        var preferences = IdentityFixtures.json(new IdentityFixtures(port)
                .get("/api/v1/me/notification-preferences", "Authorization", "Bearer " + person.token()));
        assertThat(preferences.get("email").asBoolean()).isFalse();
        assertThat(preferences.get("sms").asBoolean()).isTrue();

        var second = "second:" + UUID.randomUUID();
        reminders.schedule(answerPeriodEnding(second, person, Instant.now()));
        awaitStates(second, Map.of(Channel.INBOX, "SENT", Channel.EMAIL, "DROPPED", Channel.SMS, "SENT"));
        var legal = messenger.send(new OutboundMessage(
                "served:" + UUID.randomUUID(),
                Channel.EMAIL,
                MessageKind.LEGAL,
                person.username(),
                person.email(),
                "送达通知",
                "法院向您送达传票。",
                null,
                null));
        assertThat(legal.accepted()).isTrue();
        var mails = Mailbox.await(person.email(), 2);
        assertThat(mails)
                .extracting(Mailbox.Mail::subject)
                .containsExactly(mails.get(0).subject(), "送达通知");
        assertThat(mails.get(1).header("List-Unsubscribe")).isNull();
    }

    @Test
    void openingAnUnsubscribeLinkOnlyAsksAndAForgedOneIsNotFound() throws Exception {
        var person = People.register(port, "en");
        var key = "ask:" + UUID.randomUUID();
        reminders.schedule(new Reminder(
                key,
                person.username(),
                ReminderTemplate.DOCUMENT_AWAITING,
                List.of("(2026)鲁0102民初7号", "the summons"),
                Instant.now(),
                null,
                null,
                EnumSet.of(Channel.EMAIL)));
        var link = Mailbox.awaitMail(person.email()).header("List-Unsubscribe").replaceAll("[<>]", "");
        var http = HttpClient.newHttpClient();

        var opened = http.send(
                HttpRequest.newBuilder(URI.create(link))
                        .header("Accept-Language", "en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var forged = http.send(
                HttpRequest.newBuilder(URI.create(link.replace("token=", "token=x")))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Stop reminders and alerts by e-mail?");
        assertThat(forged.statusCode()).isEqualTo(404);
        var preferences = IdentityFixtures.json(new IdentityFixtures(port)
                .get("/api/v1/me/notification-preferences", "Authorization", "Bearer " + person.token()));
        assertThat(preferences.get("email").asBoolean()).isTrue();
    }

    @Test
    void preferencesAreReadAndChangedThroughTheApiAndAMissingChoiceIsExplainedInTheCallersLanguage() throws Exception {
        var person = People.register(port, "zh-CN");
        var http = new IdentityFixtures(port);
        var bearer = "Bearer " + person.token();

        var shown = IdentityFixtures.json(http.get("/api/v1/me/notification-preferences", "Authorization", bearer));
        var changed = put(bearer, "{\"email\":true,\"sms\":false}", "zh-CN");
        var incomplete = put(bearer, "{\"email\":true}", "en");

        assertThat(shown.get("email").asBoolean()).isTrue();
        assertThat(shown.get("emailAddress").asString()).isEqualTo(person.email());
        assertThat(shown.get("mobile").asString()).isEqualTo(person.mobile());
        assertThat(shown.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(shown.get("quietHoursStart").isString()).isTrue();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(IdentityFixtures.json(changed).get("sms").asBoolean()).isFalse();
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("Choose yes or no.");
    }

    @Test
    void aDecisionOnAFilingIsAnnouncedByEmailAndTextThroughTheOutbox(
            @Autowired Docket docket, @Autowired RegisterCase registerCase, @Autowired StaffAccounts staff)
            throws Exception {
        var court = CourtCode.of("鲁0102");
        var filer = People.register(port, "zh-CN");
        var id = docket.open(Filings.privateLending(court, filer.username(), Filings.unique("defendant")));

        registerCase.register(
                id,
                staff.clerkAt(court, "王立案"),
                new RegisterCase.Decision(AssignmentMethod.MANUAL, staff.judgeAt(court, "陈审判")));

        var mail = Mailbox.awaitMail(filer.email());
        assertThat(mail.subject()).isEqualTo("您的收件箱有新消息");
        assertThat(mail.text()).contains("/inbox");
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(SandboxSms.to(port, filer.mobile())).hasSize(1));
    }

    private HttpResponse<String> put(String bearer, String body, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/me/notification-preferences"))
                                .header("Authorization", bearer)
                                .header("Accept-Language", language)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private void awaitStates(String key, Map<Channel, String> states) {
        Awaitility.await("queue states of " + key)
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(queue.states(key)).isEqualTo(states));
    }

    private static Reminder answerPeriodEnding(String key, People.Person person, Instant at) {
        return Reminder.everywhere(
                key,
                person.username(),
                ReminderTemplate.ANSWER_PERIOD_ENDING,
                List.of("(2026)鲁0102民初1234号", "2026-12-15"),
                at,
                null,
                URI.create("/cases/" + UUID.randomUUID()));
    }
}
