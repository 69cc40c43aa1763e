package org.smartcourt.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import org.smartcourt.delivery.domain.Services;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets services by public notice take effect once their notice period has passed (CPL Art. 95, 283 ¶2), so that the
 * timeline shows it and the periods that follow start. Each service is settled in a transaction of its own.
 */
@Component
public class CompleteDeemedServices {

    private final org.smartcourt.delivery.domain.Services services;
    private final Settlement settlement;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CompleteDeemedServices(
            Services services, Settlement settlement, PlatformTransactionManager transactions, Clock clock) {
        this.services = services;
        this.settlement = settlement;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${smartcourt.delivery.check-interval:5m}",
            initialDelayString = "${smartcourt.delivery.check-interval:5m}")
    void regularly() {
        completeBy(LocalDate.now(clock));
    }

    /** Settles every service deemed served by {@code day}; returns how many took effect. */
    public int completeBy(LocalDate day) {
        var completed = 0;
        for (var id : services.deemedServedBy(day)) {
            var done = transactions.execute(status -> {
                var service = services.lock(id).orElseThrow();
                settlement.settle(service);
                services.update(service);
                return service.effect() != null;
            });
            if (Boolean.TRUE.equals(done)) {
                completed++;
            }
        }
        return completed;
    }
}
