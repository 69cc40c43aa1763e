package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.publication.catalogue.Procedure;

class SearchParametersTests {

    private static final SearchProperties PROPERTIES = new SearchProperties(
            SearchProperties.Backend.LUCENE,
            "",
            List.of("localhost:9200"),
            "http",
            null,
            null,
            "write-sync",
            java.time.Duration.ofSeconds(1),
            200,
            50,
            10_000,
            10_000,
            20_000,
            5_000,
            new SearchProperties.RateLimit(true, 60, 10, 1000),
            new SearchProperties.Reindex(1, 100, true, 64));

    private final SearchParameters parameters = new SearchParameters(PROPERTIES);

    private static Map<String, List<String>> query(String... pairs) {
        var query = new LinkedHashMap<String, List<String>>();
        for (var pair : pairs) {
            var parts = pair.split("=", 2);
            query.computeIfAbsent(parts[0], key -> new java.util.ArrayList<>()).add(parts[1]);
        }
        return query;
    }

    @Test
    void everyFilterIsReadIntoTheQuery() {
        var read = parameters.read(query(
                "q=盗窃 手机",
                "court=沪0120",
                "level=basic",
                "province=上海市",
                "year=2017",
                "caseType=刑初",
                "cause=盗窃罪",
                "procedure=first_instance",
                "documentType=判决书",
                "article=《中华人民共和国刑法》第二百六十四条",
                "sort=date",
                "page=3",
                "size=20"));

        assertThat(read)
                .isEqualTo(new JudgmentQuery(
                        "盗窃 手机",
                        "沪0120",
                        CourtLevel.BASIC,
                        "上海市",
                        2017,
                        "刑初",
                        "盗窃罪",
                        Procedure.FIRST_INSTANCE,
                        "判决书",
                        "《中华人民共和国刑法》第二百六十四条",
                        JudgmentQuery.Sort.DATE,
                        3,
                        20));
        assertThat(read.offset()).isEqualTo(40);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "foo=bar|publication.search.invalid.unknown",
                "level=PROVINCIAL|publication.search.invalid.value",
                "procedure=APPEAL|publication.search.invalid.value",
                "sort=popularity|publication.search.invalid.value",
                "year=twenty|publication.search.invalid.range",
                "year=1800|publication.search.invalid.range",
                "page=0|publication.search.invalid.range",
                "size=51|publication.search.invalid.range",
                "size=-1|publication.search.invalid.range",
                "page=1001|publication.search.tooDeep",
                "page=2147483647|publication.search.tooDeep"
            })
    void aParameterThatCannotBeHonouredIsRefused(String pair, String messageCode) {
        assertThatThrownBy(() -> parameters.read(query(pair)))
                .isInstanceOfSatisfying(
                        SearchRejected.class,
                        rejected -> assertThat(rejected.getDetailMessageCode()).isEqualTo(messageCode));
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertThatThrownBy(() -> parameters.read(query("year=2017", "year=2018")))
                .isInstanceOfSatisfying(
                        SearchRejected.class,
                        rejected -> assertThat(rejected.getDetailMessageCode())
                                .isEqualTo("publication.search.invalid.repeated"));
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {"  盗窃   手机 |盗窃 手机", "“秘密窃取”|\"秘密窃取\"", "\"盗窃 手机|\\\"盗窃 手机", "\"a\" \"b|\"a\" \\\"b", "盗窃\t罪|盗窃 罪"})
    void theQueryTextIsTidiedAndAnUnbalancedQuoteIsEscaped(String raw, String text) {
        assertThat(parameters.queryText(raw)).isEqualTo(text);
    }

    @Test
    void aBlankQueryMeansEveryJudgmentAndATooLongOneIsRefused() {
        assertThat(parameters.queryText("   ")).isNull();
        assertThat(parameters.queryText("盗".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> parameters.queryText("盗".repeat(201))).isInstanceOf(SearchRejected.class);
    }
}
