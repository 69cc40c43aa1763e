package org.smartcourt.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.OutboundMessage;
import org.smartcourt.notifications.application.Links;
import org.smartcourt.notifications.application.NotificationProperties;
import org.smartcourt.notifications.application.RecipientLanguage;
import org.smartcourt.notifications.application.UnsubscribeLinks;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The e-mail carrier against SMTP servers that are not there: the refusal comes back with its reason. */
@CourtIntegrationTest
class SmtpCarrierIT {

    @Autowired
    NotificationProperties properties;

    @Autowired
    Links links;

    @Autowired
    UnsubscribeLinks unsubscribeLinks;

    @Autowired
    RecipientLanguage languages;

    @Autowired
    MessageSource messages;

    @Test
    void anSmtpServerThatRefusesTheConnectionMakesARefusalWithTheReason() throws IOException {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort());

        var handover = carrier(sender).carry(message());

        assertThat(handover.accepted()).isFalse();
        assertThat(handover.failure())
                .startsWith("The SMTP server did not take the e-mail:")
                .contains("refused");
    }

    @Test
    void withoutAnSmtpServerEveryEmailIsRefused() {
        var handover = carrier(null).carry(message());

        assertThat(handover.failure()).isEqualTo("No SMTP server is configured (spring.mail.host)");
    }

    private SmtpCarrier carrier(@Nullable JavaMailSender sender) {
        var beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new SmtpCarrier(
                beans.getBeanProvider(JavaMailSender.class), properties, links, unsubscribeLinks, languages, messages);
    }

    private static OutboundMessage message() {
        return new OutboundMessage(
                "nowhere", Channel.EMAIL, MessageKind.LEGAL, null, "someone@example.test", "s", "b", null, null);
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
