package org.smartcourt.publication.search;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address, in this node's memory: a client may send {@code capacity} searches at once and
 * {@code refillPerSecond} searches per second after that. With N nodes behind a load balancer, a client gets at most N
 * times the rate, which is what a per-node limit is for: keeping one client from exhausting a node.
 */
@Component
public class SearchRateLimiter {

    private final SearchProperties.RateLimit settings;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    SearchRateLimiter(SearchProperties properties) {
        this(properties.rateLimit(), System::nanoTime);
    }

    SearchRateLimiter(SearchProperties.RateLimit settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one token for the client.
     *
     * @throws SearchRejected 429 with {@code Retry-After} when the client's bucket is empty
     */
    public void acquire(String client) {
        if (!settings.enabled()) {
            return;
        }
        var now = nanoTime.getAsLong();
        if (buckets.size() >= settings.maxClients()) {
            forgetFullBuckets(now);
        }
        var wait = buckets.computeIfAbsent(client, key -> new Bucket(settings.capacity(), now))
                .take(now);
        if (wait > 0) {
            throw SearchRejected.tooMany(Math.max(1, (long) Math.ceil(wait / 1e9)));
        }
    }

    private void forgetFullBuckets(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= settings.maxClients()) {
            buckets.clear(); // under a flood of addresses, forgetting is safer than running out of memory
        }
    }

    private final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        /** Takes a token; returns 0, or the nanoseconds until one is there. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 1e9 / settings.refillPerSecond());
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= settings.capacity();
        }

        private void refill(long now) {
            var elapsed = Math.max(0, now - updated);
            tokens = Math.min(settings.capacity(), tokens + elapsed * settings.refillPerSecond() / 1e9);
            updated = now;
        }
    }
}
