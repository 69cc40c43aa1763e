package org.smartcourt.publication.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published judgments: every word of the query is required, quoted words are phrases (see {@link
 * TextQuery}); filters narrow the results; the facets count the values of each filter among the results; hits carry
 * a snippet with the words marked. Everything shown in a hit is read from the index, so a search never touches the
 * database.
 *
 * <p>The page and the counts are two searches. The page is the top of the ranking, which the engine finds without
 * scoring every match, counting exactly only up to {@code exact-count-limit} matches. The counts are exact up to that
 * limit too; beyond it the total and the facet counts are estimated from a uniform random sample of the judgments
 * (their sample buckets, see {@link PublishedJudgmentEntity#getSample()}), so that a search for a word every
 * judgment contains costs about what a search for a rare word does.
 */
@Component
public class JudgmentSearch {

    /** The filters that have facet counts, as the API names them, with how many values each reports. */
    static final Map<String, Integer> FACETS = facets();

    private static final int ALL = PublishedJudgmentEntity.SAMPLE_BUCKETS;

    private final EntityManager entityManager;
    private final SearchProperties properties;
    private final SearchesInFlight inFlight;

    JudgmentSearch(EntityManager entityManager, SearchProperties properties, SearchesInFlight inFlight) {
        this.entityManager = entityManager;
        this.properties = properties;
        this.inFlight = inFlight;
    }

    /**
     * Loads smartcn's dictionaries (a second or two) in the background once the node is up, so that the first
     * visitor's search does not wait for them.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadTheQueryDictionary() {
        var thread = new Thread(() -> QueryWords.of("盗窃手机"), "query-dictionary");
        thread.setDaemon(true);
        thread.start();
    }

    private static Map<String, Integer> facets() {
        var facets = new LinkedHashMap<String, Integer>();
        facets.put("court", 20);
        facets.put("level", 4);
        facets.put("province", 40);
        facets.put("year", 30);
        facets.put("caseType", 20);
        facets.put("cause", 20);
        facets.put("procedure", 4);
        facets.put("documentType", 10);
        return facets;
    }

    /** The total and the facet counts, exact or estimated. */
    private record Counts(long total, boolean exact, Map<String, List<SearchResults.FacetValue>> facets) {}

    @Transactional(readOnly = true)
    public SearchResults search(JudgmentQuery query) {
        inFlight.started();
        try {
            return answer(query);
        } finally {
            inFlight.ended();
        }
    }

    private SearchResults answer(JudgmentQuery query) {
        var started = System.nanoTime();
        var session = Search.session(entityManager);
        var text = query.text() == null ? new TextQuery(List.of()) : TextQuery.of(query.text());
        var page = session.search(PublishedJudgmentEntity.class)
                .select(f -> f.composite()
                        .from(
                                f.id(UUID.class),
                                f.field("title", String.class),
                                f.field("caseNumber", String.class),
                                f.field("court", String.class),
                                f.field("decidedOn", LocalDate.class),
                                f.field("text", String.class))
                        .asList())
                .where(f -> matching(f, query, text, ALL))
                .sort(f -> !text.ranks()
                        ? f.field("decidedOn").desc().missing().last()
                        : query.sort() == JudgmentQuery.Sort.DATE
                                ? f.field("decidedOn")
                                        .desc()
                                        .missing()
                                        .last()
                                        .then()
                                        .score()
                                : f.score())
                .totalHitCountThreshold(properties.exactCountLimit())
                .fetch(query.offset(), query.size());
        var highlights = text.highlights();
        var hits = new ArrayList<SearchResults.Hit>();
        for (var row : page.hits()) {
            hits.add(new SearchResults.Hit(
                    (UUID) row.get(0),
                    (String) row.get(1),
                    (String) row.get(2),
                    (String) row.get(3),
                    (LocalDate) row.get(4),
                    Snippets.html((String) row.get(5), highlights)));
        }
        var counts = page.total().isHitCountExact()
                ? count(session, query, text, ALL)
                : estimate(session, query, text, page.total().hitCountLowerBound());
        return new SearchResults(
                counts.total(), counts.exact(), (System.nanoTime() - started) / 1_000_000, hits, counts.facets());
    }

    /**
     * The counts from a sample of the judgments: first about {@code facet-sample-size} judgments, then, if too few
     * of them match, a sample large enough for about {@code facet-sample-matches} matches.
     */
    private Counts estimate(SearchSession session, JudgmentQuery query, TextQuery text, long atLeast) {
        var judgments = session.search(PublishedJudgmentEntity.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
        var buckets = buckets(properties.facetSampleSize(), judgments);
        var sample = count(session, query, text, buckets);
        if (buckets < ALL && sample.total() < properties.facetSampleMatches()) {
            var matches = Math.max(atLeast, sample.total() * ALL / buckets);
            buckets = buckets(properties.facetSampleMatches(), matches);
            sample = count(session, query, text, buckets);
        }
        if (buckets >= ALL) {
            return sample;
        }
        var scale = (double) ALL / buckets;
        var facets = new LinkedHashMap<String, List<SearchResults.FacetValue>>();
        sample.facets()
                .forEach((name, values) -> facets.put(
                        name,
                        values.stream()
                                .map(value -> new SearchResults.FacetValue(value.value(), about(value.count() * scale)))
                                .toList()));
        return new Counts(Math.max(atLeast, about(sample.total() * scale)), false, facets);
    }

    /** How many of the sample buckets hold about {@code wanted} of {@code among} judgments. */
    static int buckets(long wanted, long among) {
        return (int) Math.min(ALL, Math.max(1, (wanted * ALL + among - 1) / Math.max(1, among)));
    }

    /** Rounded to two significant digits, as an estimate should be shown. */
    static long about(double count) {
        if (count < 100) {
            return Math.round(count);
        }
        var unit = Math.pow(10, Math.floor(Math.log10(count)) - 1);
        return Math.round(Math.round(count / unit) * unit);
    }

    /** The total and the facet counts among the judgments of the first {@code buckets} sample buckets. */
    private Counts count(SearchSession session, JudgmentQuery query, TextQuery text, int buckets) {
        var keys = new LinkedHashMap<String, AggregationKey<? extends Map<?, Long>>>();
        var step = session.search(PublishedJudgmentEntity.class)
                .select(f -> f.id(UUID.class))
                .where(f -> matching(f, query, text, buckets));
        for (var facet : FACETS.entrySet()) {
            var name = facet.getKey();
            if (name.equals("year")) {
                AggregationKey<Map<Integer, Long>> key = AggregationKey.of(name);
                step = step.aggregation(
                        key, f -> f.terms().field(name, Integer.class).maxTermCount(facet.getValue()));
                keys.put(name, key);
            } else {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(name);
                step = step.aggregation(
                        key, f -> f.terms().field(name, String.class).maxTermCount(facet.getValue()));
                keys.put(name, key);
            }
        }
        var result = step.fetch(0);
        var facets = new LinkedHashMap<String, List<SearchResults.FacetValue>>();
        keys.forEach((name, key) -> {
            var values = new ArrayList<SearchResults.FacetValue>();
            result.aggregation(key)
                    .forEach((value, count) -> values.add(new SearchResults.FacetValue(String.valueOf(value), count)));
            values.sort((a, b) -> Long.compare(b.count(), a.count()));
            facets.put(name, List.copyOf(values));
        });
        return new Counts(result.total().hitCount(), true, facets);
    }

    /** The judgments the query asks for, among those of the first {@code buckets} sample buckets. */
    private static PredicateFinalStep matching(
            SearchPredicateFactory f, JudgmentQuery query, TextQuery text, int buckets) {
        return f.bool(b -> {
            if (!text.ranks()) {
                b.must(f.matchAll()); // a query of exclusions only, or none: everything else matches
            }
            for (var clause : text.clauses()) {
                var predicate = clause(f, clause);
                if (clause.excluded()) {
                    b.mustNot(predicate);
                } else {
                    b.must(predicate);
                }
            }
            if (query.court() != null) {
                b.filter(f.or(
                        f.match().field("court").matching(query.court()),
                        f.match().field("courtCode").matching(query.court())));
            }
            if (query.level() != null) {
                b.filter(f.match().field("level").matching(query.level().name()));
            }
            if (query.province() != null) {
                b.filter(f.or(
                        f.match().field("province").matching(query.province()),
                        f.match().field("provinceCode").matching(query.province())));
            }
            if (query.year() != null) {
                b.filter(f.match().field("year").matching(query.year()));
            }
            keyword(b, f, "caseType", query.caseType());
            keyword(b, f, "cause", query.cause());
            keyword(
                    b,
                    f,
                    "procedure",
                    query.procedure() == null ? null : query.procedure().name());
            keyword(b, f, "documentType", query.documentType());
            keyword(b, f, "article", query.article());
            if (buckets < ALL) {
                b.filter(f.range().field("sample").lessThan(buckets));
            }
        });
    }

    /** One term: its substrings all required; when it was split, the whole of it as typed ranks higher. */
    private static PredicateFinalStep clause(SearchPredicateFactory f, TextQuery.Clause clause) {
        if (!clause.split()) {
            return substring(f, clause.required().get(0));
        }
        return f.bool(b -> {
            for (var piece : clause.required()) {
                b.must(substring(f, piece));
            }
            b.should(substring(f, clause.whole()));
        });
    }

    /**
     * Judgments whose text or title contains the substring: a phrase of character pairs, or for a single character
     * (which no pair stands for alone) the judgment's set of characters.
     */
    private static PredicateFinalStep substring(SearchPredicateFactory f, String substring) {
        if (QueryWords.isSingleCharacter(substring.strip())) {
            return f.match().field("characters").matching(substring.strip());
        }
        return f.phrase().field("text").field("title").matching(substring);
    }

    private static void keyword(
            BooleanPredicateClausesStep<?, ?> bool, SearchPredicateFactory f, String field, @Nullable String value) {
        if (value != null) {
            bool.filter(f.match().field(field).matching(value));
        }
    }
}
