package org.smartcourt.publication.search;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * The public searches being answered right now, so that bulk work on the same node (an import anonymising thousands
 * of judgments) can give way to them: the public search has priority over publishing a backlog, which only gets
 * done a little later.
 */
@Component
public class SearchesInFlight {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition none = lock.newCondition();
    private int running;

    void started() {
        lock.lock();
        try {
            running++;
        } finally {
            lock.unlock();
        }
    }

    void ended() {
        lock.lock();
        try {
            running--;
            if (running == 0) {
                none.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until no search is being answered, but at most {@code patience}, so that a node searched without pause
     * still makes progress with its bulk work.
     *
     * @return whether no search was running when it returned
     */
    public boolean awaitNone(Duration patience) throws InterruptedException {
        var left = patience.toNanos();
        lock.lock();
        try {
            while (running > 0) {
                if (left <= 0) {
                    return false;
                }
                left = none.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
