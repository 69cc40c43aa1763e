package org.smartcourt.delivery.application;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the messages of new services on two threads of the module's own, as soon as the services are committed, so
 * that a clerk's service does not wait behind a backlog of other modules' event listeners. The queued channel records
 * are the durable part: {@link SendServiceMessages} sweeps up whatever a stopped node left queued, and the messenger
 * sends each key once.
 */
@Component
class MessageSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

    private final SendServiceMessages messages;
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService senders = Executors.newFixedThreadPool(2, task -> {
        var thread = new Thread(task, "delivery-send-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    MessageSender(SendServiceMessages messages) {
        this.messages = messages;
    }

    /** Sends the services' messages once the current transaction has committed (at once when there is none). */
    void afterCommit(Collection<UUID> services) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            services.forEach(this::submit);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                services.forEach(MessageSender.this::submit);
            }
        });
    }

    void submit(UUID service) {
        if (!queued.add(service)) {
            return;
        }
        try {
            senders.execute(() -> {
                queued.remove(service);
                try {
                    messages.send(service);
                } catch (RuntimeException e) {
                    log.warn("The messages of service {} were not all sent; they are sent again later", service, e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            queued.remove(service);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        senders.shutdown();
        if (!senders.awaitTermination(2, TimeUnit.SECONDS)) {
            senders.shutdownNow();
        }
    }
}
