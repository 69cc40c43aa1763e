package org.smartcourt.fees.application;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.smartcourt.fees.domain.ReliefApplication;
import org.smartcourt.fees.payment.Endpoints;
import org.smartcourt.fees.persistence.ReliefApplications;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.Messenger;
import org.smartcourt.notifications.OutboundMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the applicant in the platform inbox that the court decided on the fee-relief application, once the decision
 * is committed, through the notifications module's {@link Messenger} when the platform has one. The message key makes
 * a repeated decision event send nothing twice.
 */
@Component
class TellApplicant {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TellApplicant.class);

    private final ObjectProvider<Messenger> messenger;
    private final ReliefApplications applications;
    private final MessageSource messages;
    private final Endpoints endpoints;

    TellApplicant(
            ObjectProvider<Messenger> messenger,
            ReliefApplications applications,
            MessageSource messages,
            Endpoints endpoints) {
        this.messenger = messenger;
        this.applications = applications;
        this.messages = messages;
        this.endpoints = endpoints;
    }

    /** A fee-relief application was decided. */
    record ReliefDecided(UUID applicationId) {}

    @TransactionalEventListener
    void on(ReliefDecided decided) {
        var sender = messenger.getIfAvailable();
        if (sender == null) {
            return; // no channel on this platform: the decision shows on the case's fee page and timeline
        }
        var application = applications.find(decided.applicationId()).orElseThrow();
        if (application.pending()) {
            return;
        }
        var chinese = Locale.SIMPLIFIED_CHINESE; // the applicant's language is not known here; zh-CN is the default
        var outcome =
                messages.getMessage("fees.relief.status." + application.status().name(), null, chinese);
        var message = new OutboundMessage(
                "fee-relief-decided-" + application.id(),
                Channel.INBOX,
                MessageKind.ALERT,
                application.applicant(),
                application.applicant(),
                messages.getMessage("fees.inbox.relief.subject", new Object[] {application.caseNumber()}, chinese),
                messages.getMessage(
                        "fees.inbox.relief.body",
                        new Object[] {application.caseNumber(), outcome, String.join("", reasons(application))},
                        chinese),
                application.caseId(),
                URI.create(endpoints.platform() + "/cases/" + application.caseId() + "/fee-relief"));
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            // the decision stands; the applicant still sees it on the case's fee page and timeline
            log.warn("Could not tell {} of the fee-relief decision {}", application.applicant(), application.id(), e);
        }
    }

    private static List<String> reasons(ReliefApplication application) {
        return application.reasons() == null ? List.of() : List.of(application.reasons());
    }
}
