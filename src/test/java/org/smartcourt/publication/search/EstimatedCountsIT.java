package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.smartcourt.publication.PublishedCorpus;
import org.smartcourt.publication.importing.ImportJudgments;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@CourtIntegrationTest
class EstimatedCountsIT {

    @Autowired
    ImportJudgments importing;

    @Autowired
    JudgmentSearch search;

    @Autowired
    SearchProperties properties;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void pastTheExactCountLimitTheTotalAndFacetsAreEstimatedFromASampleOfAboutTheRightSize() {
        PublishedCorpus.ensurePublished(importing);
        var everything = new JudgmentQuery(
                null, null, null, null, null, null, null, null, null, null, JudgmentQuery.Sort.RELEVANCE, 1, 10);
        // Exact up to 10 matches; past them, counted among about 100 judgments, half of the corpus or so.
        var sampling = new JudgmentSearch(entityManager, withCounts(10, 100, 1));

        var exact = search.search(everything);
        var estimated = transactions.execute(status -> sampling.search(everything));

        assertThat(exact.totalIsExact()).isTrue();
        assertThat(estimated.totalIsExact()).isFalse();
        assertThat(estimated.total()).isBetween(exact.total() * 6 / 10, exact.total() * 14 / 10);
        assertThat(estimated.hits()).hasSize(10);
        assertThat(estimated.facets().get("procedure")).isNotEmpty();
        assertThat(values(exact.facets().get("procedure")))
                .containsAll(values(estimated.facets().get("procedure")));
    }

    private static java.util.List<String> values(java.util.List<SearchResults.FacetValue> facet) {
        return facet.stream().map(SearchResults.FacetValue::value).toList();
    }

    private SearchProperties withCounts(int exactCountLimit, int facetSampleSize, int facetSampleMatches) {
        var p = properties;
        return new SearchProperties(
                p.backend(),
                p.indexDirectory(),
                p.hosts(),
                p.protocol(),
                p.username(),
                p.password(),
                p.synchronization(),
                p.maxQueryLength(),
                p.maxPageSize(),
                p.maxResultWindow(),
                exactCountLimit,
                facetSampleSize,
                facetSampleMatches,
                p.rateLimit(),
                p.reindex());
    }
}
