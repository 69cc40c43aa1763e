package org.smartcourt.delivery.application;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets one of this module's documents be sealed at a time. Sealing renders a PDF while it holds a database connection;
 * a burst of registrations would otherwise take every connection of the pool. Waiting here holds none.
 */
@Component
class OneSealAtATime {

    private final Semaphore permit = new Semaphore(1, true);

    <T> T run(Supplier<T> work) {
        try {
            permit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to seal a document", e);
        }
        try {
            return work.get();
        } finally {
            permit.release();
        }
    }
}
