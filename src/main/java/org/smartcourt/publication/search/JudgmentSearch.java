package org.smartcourt.publication.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.smartcourt.publication.persistence.PublishedJudgmentEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published judgments: every word of the query is required, quoted words are phrases; filters narrow
 * the results; the facets count the values of each filter among the results; hits carry a highlighted snippet.
 * Everything shown in a hit is read from the index, so a search never touches the database.
 */
@Component
public class JudgmentSearch {

    /** The filters that have facet counts, as the API names them, with how many values each reports. */
    static final Map<String, Integer> FACETS = facets();

    private final EntityManager entityManager;

    JudgmentSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
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

    @Transactional(readOnly = true)
    public SearchResults search(JudgmentQuery query) {
        var session = Search.session(entityManager);
        var keys = new LinkedHashMap<String, AggregationKey<? extends Map<?, Long>>>();
        var step = session.search(PublishedJudgmentEntity.class)
                .select(f -> f.composite()
                        .from(
                                f.id(UUID.class),
                                f.field("title", String.class),
                                f.field("caseNumber", String.class),
                                f.field("court", String.class),
                                f.field("decidedOn", LocalDate.class),
                                f.highlight("textBigram"),
                                f.field("textBigram", String.class))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.must(f.matchAll());
                    for (var term :
                            query.text() == null ? List.<QueryTerms.Term>of() : QueryTerms.parse(query.text())) {
                        var clause = term.phrase()
                                ? f.phrase()
                                        .field("textBigram")
                                        .field("titleBigram")
                                        .matching(term.text())
                                : f.or(
                                        f.phrase()
                                                .field("textBigram")
                                                .field("titleBigram")
                                                .matching(term.text()),
                                        f.match()
                                                .field("text")
                                                .field("title")
                                                .matching(term.text())
                                                .minimumShouldMatchPercent(100));
                        if (term.excluded()) {
                            b.mustNot(clause);
                        } else {
                            b.must(clause);
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
                }))
                .sort(f -> query.sort() == JudgmentQuery.Sort.DATE || query.text() == null
                        ? f.field("decidedOn").desc().missing().last().then().score()
                        : f.score().then().field("decidedOn").desc().missing().last())
                // Unified highlighter: no term vectors in the index; its fragments are sentences (。), trimmed later.
                .highlighter(f -> f.unified().tag(Snippets.START, Snippets.END).numberOfFragments(1));
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
        var result = step.fetch(query.offset(), query.size());
        var hits = new ArrayList<SearchResults.Hit>();
        for (var row : result.hits()) {
            @SuppressWarnings("unchecked")
            var fragments = (List<String>) row.get(5);
            hits.add(new SearchResults.Hit(
                    (UUID) row.get(0),
                    (String) row.get(1),
                    (String) row.get(2),
                    (String) row.get(3),
                    (LocalDate) row.get(4),
                    Snippets.html(fragments, (String) row.get(6))));
        }
        var facets = new LinkedHashMap<String, List<SearchResults.FacetValue>>();
        keys.forEach((name, key) -> {
            var values = new ArrayList<SearchResults.FacetValue>();
            result.aggregation(key)
                    .forEach((value, count) -> values.add(new SearchResults.FacetValue(String.valueOf(value), count)));
            values.sort((a, b) -> Long.compare(b.count(), a.count()));
            facets.put(name, values);
        });
        return new SearchResults(result.total().hitCount(), result.took().toMillis(), hits, facets);
    }

    private static void keyword(
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> bool,
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            String field,
            @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            bool.filter(f.match().field(field).matching(value));
        }
    }
}
