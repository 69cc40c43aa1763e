package org.smartcourt.fees.application;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.notifications.Reminder;
import org.smartcourt.notifications.ReminderTemplate;
import org.smartcourt.notifications.Reminders;
import org.smartcourt.shared.Money;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reminds whoever filed a case, two days before the last day, that its fee is still due (诉讼费用交纳办法 Art. 22 ¶1;
 * unpaid, the case is treated as withdrawn under 民诉解释 Art. 213). Payment takes the reminder back; a relief decision
 * moves it to the new deadline and amount. Runs in the caller's transaction, so the reminder exists exactly when the
 * notice does.
 */
@Component
class RemindFeeDue {

    private static final int DAYS_BEFORE = 2;
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final Reminders reminders;
    private final Docket docket;
    private final FeeNotices notices;
    private final Clock clock;

    RemindFeeDue(Reminders reminders, Docket docket, FeeNotices notices, Clock clock) {
        this.reminders = reminders;
        this.docket = docket;
        this.notices = notices;
        this.clock = clock;
    }

    void schedule(FeeNotice notice, Money due, LocalDate deadline) {
        docket.filerOf(new CaseId(notice.caseId())).ifPresent(filer -> {
            var at = deadline.minusDays(DAYS_BEFORE)
                    .atTime(MORNING)
                    .atZone(clock.getZone())
                    .toInstant();
            if (at.isBefore(clock.instant())) {
                at = clock.instant();
            }
            reminders.schedule(Reminder.everywhere(
                    key(notice.id(), deadline),
                    filer,
                    ReminderTemplate.FEE_DUE,
                    List.of(notice.caseNumber(), due.toString(), deadline.toString()),
                    at,
                    notice.caseId(),
                    URI.create("/cases/" + notice.caseId() + "/fees")));
        });
    }

    void cancel(FeeNotice notice) {
        reminders.cancel(key(notice.id(), notice.deadline()));
    }

    /** After a relief decision: the old reminder goes; a new one follows while something is still to pay. */
    void reschedule(FeeNotice before, Money due, LocalDate deadline, FeeNotice.Status status) {
        cancel(before);
        if (status == FeeNotice.Status.UNPAID && due.isGreaterThan(Money.ZERO)) {
            schedule(before, due, deadline);
        }
    }

    @EventListener
    void on(PaymentBooked booked) {
        notices.find(booked.noticeId()).ifPresent(this::cancel);
    }

    private static String key(UUID noticeId, LocalDate deadline) {
        return "fee-due:" + noticeId + ":" + deadline;
    }
}
