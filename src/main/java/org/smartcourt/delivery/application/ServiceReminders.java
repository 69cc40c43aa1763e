package org.smartcourt.delivery.application;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.smartcourt.delivery.domain.ConsentBasis;
import org.smartcourt.delivery.domain.Effect;
import org.smartcourt.delivery.domain.PeriodKind;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.notifications.Reminder;
import org.smartcourt.notifications.ReminderTemplate;
import org.smartcourt.notifications.Reminders;
import org.springframework.stereotype.Component;

/**
 * The reminders a service leads to, scheduled in the caller's transaction (在线诉讼规则 Art. 32: the court may remind by
 * text message and the platform): a day after a document was sent to a party that never confirmed an address, that
 * it awaits them, unless it was served meanwhile; three days before an answer period ends, that it ends.
 */
@Component
class ServiceReminders {

    private static final Duration AWAITING_AFTER = Duration.ofDays(1);
    private static final int DAYS_BEFORE_THE_END = 3;
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final Reminders reminders;
    private final Clock clock;

    ServiceReminders(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    void sent(Service service) {
        var account = service.recipient().account();
        if (account == null || service.consent() != ConsentBasis.NONE) {
            return;
        }
        reminders.schedule(Reminder.everywhere(
                awaitingKey(service),
                account,
                ReminderTemplate.DOCUMENT_AWAITING,
                List.of(service.caseNumber(), service.document().title()),
                clock.instant().plus(AWAITING_AFTER),
                service.caseId(),
                URI.create("/services/" + service.id())));
    }

    void effective(Service service, Effect effect) {
        reminders.cancel(awaitingKey(service));
        var account = service.recipient().account();
        var period = effect.period();
        if (account == null || period == null || period.kind() != PeriodKind.ANSWER) {
            return;
        }
        var at = period.lastDay()
                .minusDays(DAYS_BEFORE_THE_END)
                .atTime(MORNING)
                .atZone(clock.getZone())
                .toInstant();
        reminders.schedule(Reminder.everywhere(
                "answer-period:" + service.id(),
                account,
                ReminderTemplate.ANSWER_PERIOD_ENDING,
                List.of(service.caseNumber(), period.lastDay().toString()),
                at.isBefore(clock.instant()) ? clock.instant() : at,
                service.caseId(),
                URI.create("/cases/" + service.caseId())));
    }

    private static String awaitingKey(Service service) {
        return "document-awaiting:" + service.id();
    }
}
