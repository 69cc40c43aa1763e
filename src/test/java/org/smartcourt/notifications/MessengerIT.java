package org.smartcourt.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.support.CourtIntegrationTest;
import org.smartcourt.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class MessengerIT {

    @LocalServerPort
    int port;

    @Autowired
    Messenger messenger;

    @Test
    void anEmailArrivesOnceInTheRecipientsLanguageWithAMessageIdDerivedFromItsKey() throws Exception {
        var person = People.register(port, "en");
        var message = email(person, "fee-notice:" + UUID.randomUUID());

        var first = messenger.send(message);
        var again = messenger.send(message);

        assertThat(first.accepted()).isTrue();
        assertThat(again).isEqualTo(first);
        var mail = Mailbox.awaitMail(person.email());
        assertThat(mail.messageId()).isEqualTo(first.reference()).endsWith("@smartcourt.localhost>");
        assertThat(mail.subject()).isEqualTo("Your fee notice");
        assertThat(mail.text()).contains("Please pay 50.00 yuan.", "Open the link: http://localhost:" + port + "/fees");
        assertThat(mail.html()).contains("<p>Please pay 50.00 yuan.</p>", "href=\"http://localhost:" + port + "/fees");
        assertThat(mail.header("Content-Language")).isEqualTo("en");
        assertThat(Mailbox.to(person.email())).hasSize(1);
    }

    @Test
    void theSameKeySentAtOnceFromManyThreadsGoesOutOnce() throws Exception {
        var person = People.register(port, "zh-CN");
        var message = email(person, "race:" + UUID.randomUUID());
        var tasks = new ArrayList<Callable<Dispatch>>();
        for (var i = 0; i < 6; i++) {
            tasks.add(() -> messenger.send(message));
        }

        var outcomes = new ArrayList<Dispatch>();
        var pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Dispatch> outcome : pool.invokeAll(tasks)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes)
                .allSatisfy(dispatch -> assertThat(dispatch.accepted()).isTrue());
        assertThat(outcomes.stream().map(Dispatch::reference).distinct()).hasSize(1);
        Mailbox.awaitMail(person.email());
        assertThat(Mailbox.to(person.email())).hasSize(1);
    }

    @Test
    void aTextGoesThroughTheSandboxGatewayOverHttpOnce() throws Exception {
        var mobile = People.mobile();
        var message = new OutboundMessage(
                "answer-due:" + UUID.randomUUID(),
                Channel.SMS,
                MessageKind.REMINDER,
                null,
                "+86 " + mobile,
                "答辩期限",
                "您的答辩期限将于明日届满。",
                null,
                URI.create("/cases"));

        var first = messenger.send(message);
        var again = messenger.send(message);

        assertThat(first.accepted()).isTrue();
        assertThat(first.reference()).startsWith("SMS");
        assertThat(again).isEqualTo(first);
        var texts = SandboxSms.to(port, mobile);
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).get("text").asString()).isEqualTo("您的答辩期限将于明日届满。 http://localhost:" + port + "/cases");
        assertThat(texts.get(0).get("messageId").asString()).isEqualTo(first.reference());
    }

    @Test
    void anInboxMessageKeepsTheSendersWordsAndLink() throws Exception {
        var person = People.register(port, "zh-CN");
        var message = new OutboundMessage(
                "served:" + UUID.randomUUID(),
                Channel.INBOX,
                MessageKind.LEGAL,
                person.username(),
                person.username(),
                "送达：应诉通知书",
                "法院向您送达应诉通知书，请及时查阅。",
                null,
                URI.create("/documents/verify"));

        var dispatch = messenger.send(message);
        messenger.send(message);

        assertThat(dispatch.accepted()).isTrue();
        var inbox = IdentityFixtures.json(new IdentityFixtures(port)
                .get("/api/v1/inbox", "Authorization", "Bearer " + person.token(), "Accept-Language", "en"));
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("id").asString()).isEqualTo(dispatch.reference());
        assertThat(inbox.get(0).get("subject").asString()).isEqualTo("送达：应诉通知书");
        assertThat(inbox.get(0).get("body").asString()).isEqualTo("法院向您送达应诉通知书，请及时查阅。");
        assertThat(inbox.get(0).get("link").asString()).isEqualTo("/documents/verify");
    }

    @Test
    void whatCannotBeSentComesBackRefusedWithTheReason() {
        var unreachable = messenger.send(new OutboundMessage(
                "down:" + UUID.randomUUID(),
                Channel.SMS,
                MessageKind.ALERT,
                null,
                "17000001234",
                "s",
                "b",
                null,
                null));
        var notAnAddress = messenger.send(new OutboundMessage(
                "bad:" + UUID.randomUUID(),
                Channel.EMAIL,
                MessageKind.ALERT,
                null,
                "nobody at all",
                "s",
                "b",
                null,
                null));
        var noAccount = messenger.send(new OutboundMessage(
                "ghost:" + UUID.randomUUID(),
                Channel.INBOX,
                MessageKind.ALERT,
                "ghost-x",
                "ghost-x",
                "s",
                "b",
                null,
                null));
        var landline = messenger.send(new OutboundMessage(
                "landline:" + UUID.randomUUID(),
                Channel.SMS,
                MessageKind.ALERT,
                null,
                "0531-12345678",
                "s",
                "b",
                null,
                null));

        assertThat(unreachable.accepted()).isFalse();
        assertThat(unreachable.failure()).contains("503", "CARRIER_UNAVAILABLE");
        assertThat(notAnAddress.failure()).startsWith("Not an e-mail address");
        assertThat(noAccount.failure()).contains("no account ghost-x");
        assertThat(landline.failure()).startsWith("Not a mainland mobile number");
    }

    private static OutboundMessage email(People.Person person, String key) {
        return new OutboundMessage(
                key,
                Channel.EMAIL,
                MessageKind.REMINDER,
                person.username(),
                person.email().toUpperCase(java.util.Locale.ROOT),
                "Your fee notice",
                "Please pay 50.00 yuan.",
                null,
                URI.create("/fees"));
    }
}
