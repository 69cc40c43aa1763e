package org.smartcourt.publication.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results.
 *
 * @param total how many judgments match in all; an estimate, rounded to two significant digits, when
 *     {@code totalIsExact} is false
 * @param totalIsExact whether {@code total} and the facet counts are exact. Past {@code
 *     smartcourt.publication.search.exact-count-limit} matches they are estimated from a uniform random sample of
 *     the judgments (values too rare to occur in the sample are then not listed)
 * @param tookMs how long the search took, in milliseconds
 * @param hits this page
 * @param facets per filter, the values among the matching judgments with their counts, most frequent first
 */
public record SearchResults(
        long total, boolean totalIsExact, long tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    /**
     * @param snippet HTML: the escaped text around the best match, hits marked with {@code <mark>}
     */
    public record Hit(
            UUID id,
            String title,
            @Nullable String caseNumber,
            String court,
            @Nullable LocalDate date,
            String snippet) {}

    public record FacetValue(String value, long count) {}
}
