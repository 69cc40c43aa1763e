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
 * @param refreshInterval how soon what was indexed must be searchable, on the Lucene backend: a search reuses the
 *     index reader this long before it opens a new one, so that an import committing batch after batch does not make
 *     every search wait to reopen the index; the {@code sync} and {@code read-sync} synchronizations make a change
 *     searchable at once whatever this says
 * @param maxQueryLength the longest query text accepted, in characters
 * @param maxPageSize the most hits per page
 * @param maxResultWindow how deep pages may go: page × size may not exceed it
 * @param exactCountLimit up to how many matches the total and the facet counts are exact; beyond, they are
 *     estimated from a sample (the API says {@code totalIsExact: false})
 * @param facetSampleSize how many judgments the first sample for estimated counts holds
 * @param facetSampleMatches how many matching judgments an estimate should rest on: when the first sample holds
 *     fewer, a larger one is taken
 * @param rateLimit per-client limits of the search API
 * @param reindex how the index is rebuilt from the database
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
        @DefaultValue("1s") Duration refreshInterval,
        @DefaultValue("200") int maxQueryLength,
        @DefaultValue("50") int maxPageSize,
        @DefaultValue("10000") int maxResultWindow,
        @DefaultValue("5000") int exactCountLimit,
        @DefaultValue("10000") int facetSampleSize,
        @DefaultValue("3000") int facetSampleMatches,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Reindex reindex) {

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
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("smartcourt.publication.search.refresh-interval must not be negative");
        }
        if (exactCountLimit < 1 || facetSampleSize < 1 || facetSampleMatches < 1) {
            throw new IllegalArgumentException(
                    "smartcourt.publication.search: exact-count-limit, facet-sample-size and facet-sample-matches "
                            + "must be positive");
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

    /**
     * How a node rebuilds the index from the database (a new or lost index, a new mapping version).
     *
     * @param threads how many threads load judgments from the database; the index writer has its own threads
     * @param batchSize how many judgments each load reads at once
     * @param mergeSegments whether the index is merged into one segment when rebuilt: slower to build, faster to
     *     search, since the facet counts cost in proportion to the number of segments
     * @param ramBufferMb how much memory the index writer buffers before it writes a segment
     */
    public record Reindex(
            @DefaultValue("1") int threads,
            @DefaultValue("100") int batchSize,
            @DefaultValue("true") boolean mergeSegments,
            @DefaultValue("128") int ramBufferMb) {

        public Reindex {
            if (threads < 1 || batchSize < 1 || ramBufferMb < 1) {
                throw new IllegalArgumentException(
                        "smartcourt.publication.search.reindex: threads, batch-size and ram-buffer-mb must be positive");
            }
        }
    }
}
