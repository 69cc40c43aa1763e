package org.smartcourt.delivery.application;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.delivery.domain.DispatchStatus;
import org.smartcourt.delivery.domain.Services;
import org.smartcourt.notifications.Dispatch;
import org.smartcourt.notifications.Messenger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends a service's queued messages, one channel after the other, and records each channel's answer — for an address
 * the recipient confirmed, the moment the channel accepts the message is the moment of service. No transaction is held
 * while a channel is talked to; the messenger sends each key once, so sending again sends nothing twice.
 */
@Component
class SendServiceMessages {

    private static final Logger log = LoggerFactory.getLogger(SendServiceMessages.class);

    private final Services services;
    private final Messenger messenger;
    private final ServiceTexts texts;
    private final RecordDispatch record;
    private final Clock clock;

    SendServiceMessages(
            Services services, Messenger messenger, ServiceTexts texts, RecordDispatch record, Clock clock) {
        this.services = services;
        this.messenger = messenger;
        this.texts = texts;
        this.record = record;
        this.clock = clock;
    }

    /**
     * Sends what is still queued a while after it was requested: the messages a stopped node did not send. The
     * messenger answers a key it already sent with its first outcome, so nothing goes out twice.
     */
    @Scheduled(
            fixedDelayString = "${smartcourt.delivery.check-interval:5m}",
            initialDelayString = "${smartcourt.delivery.check-interval:5m}")
    void sweep() {
        services.withQueuedMessages(clock.instant().minus(java.time.Duration.ofMinutes(1)))
                .forEach(this::send);
    }

    public void send(UUID id) {
        var service = services.find(id).orElse(null);
        if (service == null) {
            return;
        }
        RuntimeException unrecorded = null;
        for (var channel : service.channels()) {
            if (channel.status() != DispatchStatus.QUEUED) {
                continue;
            }
            var message = texts.message(service, channel);
            Dispatch dispatch;
            try {
                dispatch = messenger.send(message);
            } catch (RuntimeException e) {
                log.warn("Service {} on {} could not be sent", id, channel.channel(), e);
                dispatch = new Dispatch(
                        message.key(),
                        message.channel(),
                        false,
                        clock.instant(),
                        null,
                        e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            try {
                record.dispatched(id, channel.channel(), dispatch);
            } catch (RuntimeException e) {
                // The messenger keeps the outcome: when the event is delivered again, the same answer is recorded.
                log.error("The answer of {} for service {} could not be recorded", channel.channel(), id, e);
                unrecorded = e;
            }
        }
        if (unrecorded != null) {
            throw unrecorded;
        }
    }
}
