package org.smartcourt.delivery.application;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs automatic service on one thread of its own, one case after the other. Sealing notices is heavy: on the shared
 * thread pool of event listeners a burst of registrations would take every thread and every database connection, and
 * stall the registrations themselves. A case is queued once however often it is asked for; what is queued when the
 * node stops is planned in the database and found again by the retry.
 */
@Component
class AutomaticServiceWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AutomaticServiceWorker.class);

    private final ServeAutomatically automatic;
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "delivery-automatic");
        thread.setDaemon(true);
        return thread;
    });

    AutomaticServiceWorker(ServeAutomatically automatic) {
        this.automatic = automatic;
    }

    void submit(UUID caseId) {
        if (!queued.add(caseId)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.remove(caseId);
                try {
                    automatic.attempt(caseId);
                } catch (RuntimeException e) {
                    log.warn("Automatic service of case {} stopped; it is retried later", caseId, e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            queued.remove(caseId);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(2, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
