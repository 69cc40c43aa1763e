package org.smartcourt.api.application;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.api.domain.IdempotentRequests;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets idempotent requests older than the retention period. Safe on several nodes at once: each run is one
 * idempotent {@code DELETE}.
 */
@Component
class ExpireIdempotentRequests {

    private static final Logger log = LoggerFactory.getLogger(ExpireIdempotentRequests.class);

    private final IdempotentRequests requests;
    private final ApiProperties properties;
    private final Clock clock;

    ExpireIdempotentRequests(IdempotentRequests requests, ApiProperties properties, Clock clock) {
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 15, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    @Transactional
    public void expire() {
        int removed = requests.removeCreatedBefore(clock.instant().minus(properties.idempotencyRetention()));
        if (removed > 0) {
            log.info("Expired {} idempotent requests", removed);
        }
    }
}
