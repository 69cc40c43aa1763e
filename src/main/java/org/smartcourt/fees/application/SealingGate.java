package org.smartcourt.fees.application;

import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Lets one fee document (notice or receipt) be sealed at a time. Sealing holds a database connection for the whole
 * rendering; without the gate a burst of registrations or payments would take every connection of the pool and
 * starve the requests that register or book. Waiting here holds no connection: the transaction starts inside.
 */
@Component
class SealingGate {

    private final Semaphore permit = new Semaphore(1, true);

    void run(Runnable work) {
        try {
            permit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to seal a fee document", e);
        }
        try {
            work.run();
        } finally {
            permit.release();
        }
    }
}
