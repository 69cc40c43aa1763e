package org.smartcourt.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.smartcourt.publication.PublishedCorpus;
import org.smartcourt.publication.importing.ImportJudgments;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@CourtIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JudgmentSearchIT {

    private static final Pattern COURT_AND_YEAR = Pattern.compile("[（(](\\d{4})[）)](\\p{IsHan}\\d{4})刑");

    @LocalServerPort
    int port;

    @Autowired
    ImportJudgments importing;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void publishTheCorpus() {
        var report = PublishedCorpus.ensurePublished(importing);
        assertThat(report.failed()).isEmpty();
        assertThat(report.published() + report.alreadyPublished()).isEqualTo(PublishedCorpus.SIZE);
    }

    @Test
    @Order(1)
    void importingTheSameCorpusAgainPublishesNothingTwice() {
        var before = search("").get("total").asLong();

        var again = PublishedCorpus.ensurePublished(importing);
        var rerun = importing.importJsonl(
                PublishedCorpus.reader(),
                org.smartcourt.publication.importing.JsonlFormat.JUDGE,
                new ImportJudgments.Options(
                        org.smartcourt.publication.anonymisation.Profile.PRACTICE_2024, "test-corpus", 100),
                progress -> {});

        assertThat(again.read()).isEqualTo(PublishedCorpus.SIZE);
        assertThat(rerun.published()).isZero();
        assertThat(rerun.alreadyPublished()).isEqualTo(PublishedCorpus.SIZE);
        assertThat(search("").get("total").asLong()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void theftFilteredToOneCourtAndYearFindsExactlyThoseJudgmentsWithHighlightedSnippets() {
        var expected = PublishedCorpus.originalTexts().stream()
                .filter(text -> {
                    var matcher = COURT_AND_YEAR.matcher(text.substring(0, Math.min(300, text.length())));
                    return matcher.find()
                            && matcher.group(1).equals("2017")
                            && matcher.group(2).equals("渝0103");
                })
                .filter(text -> text.contains("盗窃"))
                .count();

        var result = search("q=" + encode("盗窃") + "&court=" + encode("渝0103") + "&year=2017");

        assertThat(expected).isPositive();
        assertThat(result.get("total").asLong()).isEqualTo(expected);
        assertThat(result.get("hits")).hasSize((int) expected);
        for (var hit : result.get("hits")) {
            assertThat(hit.get("caseNumber").asString()).contains("渝0103");
            assertThat(hit.get("snippet").asString()).contains("<mark>盗窃</mark>");
            assertThat(hit.get("court").asString()).isEqualTo("重庆市渝中区人民法院");
        }
        assertThat(result.get("facets").get("year").get(0).get("value").asString())
                .isEqualTo("2017");
    }

    @Test
    @Order(3)
    void wordsAreAllRequiredAndQuotedWordsAreAPhrase() {
        var theft = search("q=" + encode("盗窃")).get("total").asLong();
        var theftAndPhone = search("q=" + encode("盗窃 手机")).get("total").asLong();
        var phrase = search("q=" + encode("\"秘密窃取\""));
        var phraseContaining = PublishedCorpus.originalTexts().stream()
                .filter(text -> text.contains("秘密窃取"))
                .count();

        assertThat(theftAndPhone).isPositive().isLessThan(theft);
        assertThat(phrase.get("total").asLong()).isEqualTo(phraseContaining);
        assertThat(phrase.get("hits").get(0).get("snippet").asString()).contains("<mark>");
    }

    @Test
    @Order(4)
    void facetCountsAddUpToTheTotal() {
        var result = search("q=" + encode("盗窃"));
        var total = result.get("total").asLong();
        for (var facet : new String[] {"level", "procedure", "documentType"}) {
            var sum = 0L;
            for (var value : result.get("facets").get(facet)) {
                sum += value.get("count").asLong();
            }
            assertThat(sum).as(facet).isEqualTo(total);
        }
    }

    @Test
    @Order(5)
    void unknownFiltersWrongValuesHugeQueriesAndDeepPagesAreRefusedWithProblems() throws Exception {
        assertProblem("foo=bar", 400, "/problems/invalid-search");
        assertProblem("level=PROVINCIAL", 400, "/problems/invalid-search");
        assertProblem("year=twenty", 400, "/problems/invalid-search");
        assertProblem("q=" + encode("盗".repeat(201)), 400, "/problems/invalid-search");
        assertProblem("q=" + encode("盗窃") + "&page=1001&size=10", 400, "/problems/page-too-deep");

        var unbalanced = get("q=" + encode("\"盗窃 手机"));
        assertThat(unbalanced.statusCode()).isEqualTo(200);
        var brackets = get("q=" + encode("((盗窃 <script>"));
        assertThat(brackets.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void oddAndWorstCaseQueriesAreAnsweredOrRefusedNeverFailed() throws Exception {
        var queries = new String[] {
            "盗窃\u0000手机",
            "%",
            "\\",
            "\"\"\"",
            "-",
            "--盗窃",
            "- -",
            "*?~^",
            "盗窃~2 AND OR NOT",
            "😀 𠀀 ｂ \u200b",
            "-盗窃",
            "a ".repeat(100),
            "盗 ".repeat(100),
            "盗窃".repeat(100),
            "\"" + "秘密窃取".repeat(49) + "\"",
            "盗窃手机 ".repeat(40),
        };
        for (var q : queries) {
            var response = get("q=" + encode(q) + "&page=2&size=50");
            assertThat(response.statusCode()).as(q).isIn(200, 400);
        }
        assertProblem("page=" + Integer.MAX_VALUE + "&size=50", 400, "/problems/page-too-deep");
        assertProblem("size=0", 400, "/problems/invalid-search");
        assertProblem("sort=date&sort=relevance", 400, "/problems/invalid-search");
        assertProblem("court=" + encode("法".repeat(101)), 400, "/problems/invalid-search");
    }

    @Test
    @Order(6)
    void aJudgmentHasAReadablePageAndAPdf() throws Exception {
        var hit = search("q=" + encode("盗窃") + "&size=1").get("hits").get(0);
        var id = hit.get("id").asString();

        var page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/judgments/" + id))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var pdf = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/judgments/" + id + ".pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(hit.get("caseNumber").asString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    @Order(100)
    void aClientThatSearchesTooFastIsToldWhenToComeBack() throws Exception {
        HttpResponse<String> response = null;
        for (int i = 0; i < 500; i++) {
            response = get("foo=bar"); // refused, but it counts: the limit comes before anything else
            if (response.statusCode() == 429) {
                break;
            }
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.readTree(response.body()).get("type").asString()).isEqualTo("/problems/too-many-searches");
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> get("q=" + encode("盗窃") + "&size=1").statusCode() == 200);
    }

    private JsonNode search(String query) {
        try {
            var response = get(query);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertProblem(String query, int status, String type) throws Exception {
        var response = get(query);
        assertThat(response.statusCode()).as(query).isEqualTo(status);
        var problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/judgments/search?" + query))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
