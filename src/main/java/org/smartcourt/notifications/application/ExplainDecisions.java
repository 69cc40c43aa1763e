package org.smartcourt.notifications.application;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.Courts;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CaseRegistered;
import org.smartcourt.docket.CorrectionRequested;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.FilingRefused;
import org.smartcourt.notifications.Channel;
import org.smartcourt.notifications.domain.Inbox;
import org.smartcourt.notifications.domain.InboxMessage;
import org.smartcourt.notifications.domain.MessageText;
import org.smartcourt.notifications.domain.Template;
import org.smartcourt.shared.CourtCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Explains each registration decision to the filer in their inbox: registered (with the number), correction
 * requested (every defect and the deadline, 在线诉讼规则 Art. 9(2)) or refused (the reasons and the sealed ruling, CPL
 * Art. 126), and queues an alert by e-mail and text that the message waits there. The events come through the
 * event publication registry (the outbox), so a decision is explained even if the node dies meanwhile; a redelivered
 * event finds its message and alert already there and changes nothing.
 */
@Component
class ExplainDecisions {

    private final Inbox inbox;
    private final Docket docket;
    private final Courts courts;
    private final IssueNonAcceptanceRuling rulings;
    private final ScheduleReminders reminders;
    private final Clock clock;

    ExplainDecisions(
            Inbox inbox,
            Docket docket,
            Courts courts,
            IssueNonAcceptanceRuling rulings,
            ScheduleReminders reminders,
            Clock clock) {
        this.inbox = inbox;
        this.docket = docket;
        this.courts = courts;
        this.rulings = rulings;
        this.reminders = reminders;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseRegistered registered) {
        var filer = filerOf(registered.caseId());
        var number = registered.caseNumber().toString();
        deliver(
                filer,
                "CaseRegistered:" + registered.caseId(),
                MessageText.of("notifications.registered.subject", number),
                MessageText.of("notifications.registered.body", number, courtName(registered.court())),
                registered.caseId(),
                null);
    }

    @ApplicationModuleListener
    void on(CorrectionRequested requested) {
        var outline = docket.outline(requested.caseId())
                .orElseThrow(() -> new IllegalStateException("No case " + requested.caseId()));
        var defects = outline.defects();
        var list = String.join(
                "\n",
                IntStream.range(0, defects.size())
                        .mapToObj(i -> (i + 1) + ". " + defects.get(i))
                        .toList());
        deliver(
                outline.filer(),
                "CorrectionRequested:" + requested.caseId(),
                MessageText.of(
                        "notifications.correction.subject", requested.deadline().toString()),
                MessageText.of(
                        "notifications.correction.body",
                        Integer.toString(defects.size()),
                        requested.deadline().toString(),
                        list),
                requested.caseId(),
                null);
    }

    @ApplicationModuleListener
    void on(FilingRefused refused) {
        var outline = docket.outline(refused.caseId())
                .orElseThrow(() -> new IllegalStateException("No case " + refused.caseId()));
        var source = "FilingRefused:" + refused.caseId();
        if (inbox.hasMessageFrom(outline.filer(), source)) {
            return;
        }
        var ruling = rulings.issue(outline, refused);
        deliver(
                outline.filer(),
                source,
                MessageText.of("notifications.refused.subject"),
                MessageText.of(
                        "notifications.refused.body", String.join("；", refused.reasons()), ruling.verificationCode()),
                refused.caseId(),
                ruling.hash().value());
    }

    private String filerOf(CaseId caseId) {
        return docket.filerOf(caseId).orElseThrow(() -> new IllegalStateException("No case " + caseId));
    }

    private String courtName(CourtCode court) {
        return courts.find(court).map(c -> c.name()).orElse(court.value());
    }

    private void deliver(
            String recipient,
            String source,
            MessageText subject,
            MessageText body,
            CaseId caseId,
            @Nullable String documentHash) {
        // People do not watch their inbox: an alert by e-mail and text tells them something waits there.
        reminders.enqueue(
                "inbox-news:" + source,
                recipient,
                Template.INBOX_NEWS,
                List.of(),
                clock.instant(),
                caseId.value(),
                URI.create("/inbox"),
                EnumSet.of(Channel.EMAIL, Channel.SMS));
        inbox.deliver(new InboxMessage(
                UUID.randomUUID(),
                recipient,
                source,
                subject,
                body,
                caseId.value(),
                documentHash,
                clock.instant(),
                null,
                null));
    }
}
