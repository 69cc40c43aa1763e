package org.smartcourt.delivery.application;

import java.time.Clock;
import org.smartcourt.delivery.DocumentServed;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.docket.CaseId;
import org.smartcourt.shared.CourtCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Lets a service take effect when its trace allows it: the effect and the period it starts go on the timeline, the
 * reminders follow ({@link ServiceReminders}) and {@link DocumentServed} is published. Runs inside the caller's transaction, on a service the caller holds.
 */
@Component
class Settlement {

    private final ServiceNodes nodes;
    private final ServiceReminders reminders;
    private final CourtCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Settlement(
            ServiceNodes nodes,
            ServiceReminders reminders,
            CourtCalendar calendar,
            ApplicationEventPublisher events,
            Clock clock) {
        this.nodes = nodes;
        this.reminders = reminders;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    void settle(Service service) {
        service.settle(clock.instant(), clock.getZone(), calendar).ifPresent(effect -> {
            nodes.effective(service, effect);
            reminders.effective(service, effect);
            var period = effect.period();
            events.publishEvent(new DocumentServed(
                    service.id(),
                    new CaseId(service.caseId()),
                    service.document().hash().value(),
                    service.document().kind(),
                    service.recipient().name(),
                    effect.at(),
                    effect.basis().name(),
                    period == null ? null : period.kind().name(),
                    period == null ? null : period.lastDay()));
        });
    }
}
