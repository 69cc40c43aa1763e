package org.smartcourt.notifications.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.notifications.application.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Demo mode without an SMTP server of its own: a real SMTP server (GreenMail) runs inside the application on
 * localhost, the platform sends its e-mail to it over SMTP, and {@code /sandbox-mail} shows what arrived.
 */
@Configuration(proxyBeanMethods = false)
@DemoMailEnabled
class DemoMailServer {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

    @Bean(destroyMethod = "stop")
    GreenMail demoSmtpServer(NotificationProperties properties) {
        var port = properties.mail().demoPort();
        var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        var server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        log.info(
                "Demo mode: e-mail goes to the in-process SMTP server on localhost:{}; read it at /sandbox-mail",
                server.getSmtp().getPort());
        return server;
    }

    @Bean
    JavaMailSenderImpl demoMailSender(GreenMail demoSmtpServer) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(demoSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    DemoMailbox demoMailbox(GreenMail demoSmtpServer) {
        return new DemoMailbox(demoSmtpServer);
    }
}
