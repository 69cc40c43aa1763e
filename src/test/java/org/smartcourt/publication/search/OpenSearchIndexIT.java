package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcourt.publication.PublishedCorpus;
import org.smartcourt.publication.importing.ImportJudgments;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.smartcourt.publication.persistence.PublishedJudgmentRepository;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the application left on the OpenSearch cluster, read over the cluster's own HTTP API: run by the build's
 * {@code opensearch-it} execution only (the opensearch profile), against the test JVM's node or OPENSEARCH_HOSTS.
 */
@CourtIntegrationTest
class OpenSearchIndexIT {

    @Autowired
    SearchProperties properties;

    @Autowired
    ImportJudgments importing;

    @Autowired
    PublishedJudgmentRepository judgments;

    @Autowired
    JudgmentSearch search;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    /** Hibernate Search's alias of the index that searches read. */
    private static final String INDEX = "/" + PublishedJudgmentEntity.INDEX + "-read";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theJudgmentsAreSearchedOnTheClusterWhichHoldsEveryPublishedJudgment() {
        PublishedCorpus.ensurePublished(importing);

        var root = get("/");
        var count = get(INDEX + "/_count");

        assertThat(properties.backend()).isEqualTo(SearchProperties.Backend.OPENSEARCH);
        assertThat(root.get("version").get("distribution").asString()).isEqualTo("opensearch");
        assertThat(count.get("count").asLong()).isEqualTo(judgments.countByWithdrawnOnIsNull());
    }

    @Test
    void theClusterSplitsChineseTextIntoCharacterPairsAndCharactersWithFoldedWidthAndCase() {
        var pairs = analyze(PublishedJudgmentEntity.CHINESE, "盗窃手机ＡＢ");
        var characters = analyze(PublishedJudgmentEntity.CHINESE_CHARACTERS, "盗窃手机");

        assertThat(pairs).containsExactly("盗窃", "窃手", "手机", "ab");
        assertThat(characters).containsExactly("盗", "窃", "手", "机");
    }

    /**
     * Past {@code exact-count-limit} matches the cluster stops counting ({@code track_total_hits}), and the total
     * and the facets are estimated from the sample buckets. (Lucene counts some queries exactly at no cost, such as
     * this one, which matches everything, so there the counts stay exact.)
     */
    @Test
    void pastTheExactCountLimitTheTotalAndTheFacetsAreEstimatedFromASampleOfAboutTheRightSize() {
        PublishedCorpus.ensurePublished(importing);
        var everything = new JudgmentQuery(
                null, null, null, null, null, null, null, null, null, null, JudgmentQuery.Sort.RELEVANCE, 1, 10);
        // Exact up to 10 matches; past them, counted among about 100 judgments, half of the corpus or so.
        var sampling = new JudgmentSearch(entityManager, withCounts(10, 100, 1), new SearchesInFlight());

        var exact = search.search(everything);
        var estimated = transactions.execute(status -> sampling.search(everything));

        assertThat(exact.totalIsExact()).isTrue();
        assertThat(estimated.totalIsExact()).isFalse();
        assertThat(estimated.total()).isBetween(exact.total() * 6 / 10, exact.total() * 14 / 10);
        assertThat(estimated.hits()).hasSize(10);
        assertThat(values(exact.facets().get("procedure")))
                .containsAll(values(estimated.facets().get("procedure")));
    }

    private static List<String> values(List<SearchResults.FacetValue> facet) {
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
                p.refreshInterval(),
                p.maxQueryLength(),
                p.maxPageSize(),
                p.maxResultWindow(),
                exactCountLimit,
                facetSampleSize,
                facetSampleMatches,
                p.rateLimit(),
                p.reindex());
    }

    private List<String> analyze(String analyzer, String text) {
        var body = json.createObjectNode().put("analyzer", analyzer).put("text", text);
        var tokens = new ArrayList<String>();
        for (var token : send(HttpRequest.newBuilder(uri(INDEX + "/_analyze"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())))
                .get("tokens")) {
            tokens.add(token.get("token").asString());
        }
        return tokens;
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            if (properties.username() != null && properties.password() != null) {
                var credentials = properties.username() + ":" + properties.password();
                request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(properties.protocol() + "://" + properties.hosts().get(0) + path);
    }
}
