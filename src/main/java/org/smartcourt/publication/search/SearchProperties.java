package org.smartcourt.publication.search;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public judgment search ({@code smartcourt.publication.search.*}).
 *
 * @param backend where the index lives: {@code lucene} (files under the data directory) or {@code opensearch}
 * @param indexDirectory the Lucene index directory; empty means {@code <smartcourt.data-dir>/search-index}
 * @param hosts the OpenSearch nodes ({@code host:port}), for the opensearch backend
 * @param protocol {@code http} or {@code https}, for the opensearch backend
 * @param username OpenSearch user, if the cluster asks for one
 * @param password OpenSearch password, if the cluster asks for one
 * @param synchronization Hibernate Search's indexing-plan synchronization: {@code write-sync} (default: committed
 *     before the transaction returns), {@code read-sync} or {@code sync} (also searchable at once: tests), {@code async}
 * @param maxQueryLength the longest query text accepted, in characters
 * @param maxPageSize the most hits per page
 * @param maxResultWindow how deep pages may go: page × size may not exceed it
 * @param rateLimit per-client limits of the search API
 */
@ConfigurationProperties("smartcourt.publication.search")
public record SearchProperties(
        @DefaultValue("lucene") Backend backend,
        @DefaultValue("") String indexDirectory,
        @DefaultValue("localhost:9200") List<String> hosts,
        @DefaultValue("http") String protocol,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("write-sync") String synchronization,
        @DefaultValue("200") int maxQueryLength,
        @DefaultValue("50") int maxPageSize,
        @DefaultValue("10000") int maxResultWindow,
        @DefaultValue RateLimit rateLimit) {

    public enum Backend {
        LUCENE,
        OPENSEARCH
    }

    public SearchProperties {
        if (maxQueryLength < 1 || maxPageSize < 1 || maxResultWindow < maxPageSize) {
            throw new IllegalArgumentException(
                    "smartcourt.publication.search: max-query-length and max-page-size must be positive and "
                            + "max-result-window at least max-page-size");
        }
    }

    /**
     * A token bucket per client address, in the memory of each node.
     *
     * @param enabled whether the search API is rate-limited at all
     * @param capacity the burst a client may send at once
     * @param refillPerSecond the sustained rate per client, in searches per second
     * @param maxClients how many client buckets a node remembers before it forgets the idle ones
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("60") int capacity,
            @DefaultValue("10") double refillPerSecond,
            @DefaultValue("100000") int maxClients) {

        public RateLimit {
            if (capacity < 1 || refillPerSecond <= 0 || maxClients < 1) {
                throw new IllegalArgumentException(
                        "smartcourt.publication.search.rate-limit: capacity, refill-per-second and max-clients must "
                                + "be positive");
            }
        }

        /** How long an empty bucket takes to hold one token again. */
        Duration oneToken() {
            return Duration.ofNanos((long) Math.ceil(1_000_000_000d / refillPerSecond));
        }
    }
}
