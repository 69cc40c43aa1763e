package org.smartcourt.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.fees.application.QuoteFee;
import org.smartcourt.fees.domain.ApplicationFacts;
import org.smartcourt.fees.domain.ApplicationKind;
import org.smartcourt.fees.domain.CaseFacts;
import org.smartcourt.fees.domain.CaseKind;
import org.smartcourt.fees.domain.FeeFacts;
import org.smartcourt.fees.domain.HalvingGround;
import org.smartcourt.fees.domain.Stage;
import org.smartcourt.shared.Money;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public quote API and calculator page answer, in both languages, with the engine's fees. */
@CourtIntegrationTest
class FeeQuoteIT {

    @LocalServerPort
    int port;

    @Autowired
    QuoteFee quoteFee;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    static Stream<Arguments> quotes() {
        return Stream.of(
                Arguments.of(
                        "{\"caseKind\":\"CIVIL\",\"propertyClaims\":[80000,\"20000\"],\"nonPropertyClaims\":true}",
                        new CaseFacts(
                                CaseKind.CIVIL,
                                Stage.FIRST_INSTANCE,
                                List.of(Money.yuan(80000), Money.yuan(20000)),
                                true,
                                Set.of(),
                                null)),
                Arguments.of(
                        "{\"caseKind\":\"CIVIL\",\"propertyClaims\":[100000],\"halvingGrounds\":[\"SUMMARY_PROCEDURE\",\"MEDIATION\"]}",
                        CaseFacts.property(CaseKind.CIVIL, Money.yuan(100000))
                                .halvedFor(HalvingGround.SUMMARY_PROCEDURE, HalvingGround.MEDIATION)),
                Arguments.of(
                        "{\"caseKind\":\"DIVORCE\",\"propertyClaims\":[500000]}",
                        CaseFacts.property(CaseKind.DIVORCE, Money.yuan(500000))),
                Arguments.of(
                        "{\"applicationKind\":\"PAYMENT_ORDER\",\"amount\":100000}",
                        ApplicationFacts.of(ApplicationKind.PAYMENT_ORDER, Money.yuan(100000))),
                Arguments.of(
                        "{\"applicationKind\":\"PRESERVATION\",\"amount\":\"10000000\"}",
                        ApplicationFacts.of(ApplicationKind.PRESERVATION, Money.yuan(10000000))));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void theApiQuotesTheEnginesFeeInBothLanguages(String body, FeeFacts facts) throws Exception {
        var engine = quoteFee.quote(facts, LocalDate.now(), null);

        for (var language : List.of("zh-CN", "en")) {
            var response = post(body, language);

            assertThat(response.statusCode()).isEqualTo(200);
            var quote = json.readTree(response.body());
            assertThat(quote.get("total").asString()).isEqualTo(engine.total().toString());
            assertThat(quote.get("currency").asString()).isEqualTo("CNY");
            assertThat(quote.get("lines")).hasSize(engine.lines().size());
            assertThat(quote.get("legalBasis").get(0).asString())
                    .startsWith(language.equals("en") ? "Measures on the Payment" : "诉讼费用交纳办法第");
        }
    }

    @Test
    void theBreakdownSpeaksTheRequestsLanguage() throws Exception {
        var body = "{\"caseKind\":\"CIVIL\",\"propertyClaims\":[123456.78]}";

        JsonNode chinese = json.readTree(post(body, "zh-CN").body());
        JsonNode english = json.readTree(post(body, "en").body());

        assertThat(chinese.get("total").asString()).isEqualTo("2769.14");
        assertThat(chinese.get("exact").asString()).isEqualTo("2769.1356");
        assertThat(chinese.get("lines").get(1).get("description").asString())
                .isEqualTo("超过10000元至100000元的部分（90000元），按2.5%交纳");
        assertThat(english.get("lines").get(1).get("description").asString())
                .isEqualTo("Part above 10000 up to 100000 yuan (90000 yuan) at 2.5%");
        assertThat(english.get("lines").get(2).get("basis").asString())
                .isEqualTo("Measures on the Payment of Litigation Costs, Art. 13 item (1) point 3");
        assertThat(english.get("notes").get(0).get("text").asString())
                .isEqualTo("Exact amount 2769.1356 yuan, rounded to 2 decimals (HALF_UP): 2769.14 yuan.");
    }

    @Test
    void aNegativeAmountIsABadRequestExplainedAsAProblemInTheRequestsLanguage() throws Exception {
        var body = "{\"caseKind\":\"CIVIL\",\"propertyClaims\":[-5]}";

        var english = post(body, "en");
        var chinese = post(body, "zh-CN");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json.readTree(english.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/fee-facts-rejected");
        assertThat(problem.get("title").asString()).isEqualTo("The fee cannot be calculated");
        assertThat(problem.get("detail").asString()).isEqualTo("Amounts must be more than zero: -5.00.");
        assertThat(json.readTree(chinese.body()).get("detail").asString()).isEqualTo("金额必须大于零：-5.00。");
    }

    @Test
    void otherBadFactsAreProblemsToo() throws Exception {
        assertThat(post("{\"caseKind\":\"DIVORCE\",\"chosenAmount\":301}", "en").statusCode())
                .isEqualTo(400);
        assertThat(post("{\"propertyClaims\":[1]}", "en").body()).contains("Say what the fee is for");
        assertThat(post("{\"caseKind\":\"CIVIL\",\"propertyClaims\":[1.001]}", "en")
                        .body())
                .contains("exact to the fen");
        assertThat(post("{\"caseKind\":\"CIVIL\",\"province\":\"京\"}", "en").body())
                .contains("no fee amounts for province 京");
        assertThat(post("{\"caseKind\":\"NOT_A_KIND\"}", "en").statusCode()).isEqualTo(400);
    }

    @Test
    void theCalculatorPageIsPublicAndShowsTheEnginesFeeInBothLanguages() throws Exception {
        var engine = quoteFee.quote(
                CaseFacts.property(CaseKind.CIVIL, Money.yuan(80000), Money.yuan(20000)), LocalDate.now(), null);
        var query = "/fees/calculator?matter=CIVIL&amounts=" + URLEncoder.encode("80000\n20000", StandardCharsets.UTF_8)
                + "&stage=FIRST_INSTANCE&province=" + URLEncoder.encode("鲁", StandardCharsets.UTF_8);

        var chinese = get(query, "zh-CN", false);
        var english = get(query, "en", false);

        assertThat(chinese.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(chinese.body());
        assertThat(page.select("h1").text()).isEqualTo("诉讼费用计算器");
        assertThat(page.select("#fee-total").attr("data-total"))
                .isEqualTo(engine.total().toString());
        assertThat(page.select("#fee-result td").text()).contains("诉讼费用交纳办法第十三条");
        var englishPage = Jsoup.parse(english.body());
        assertThat(englishPage.select("h1").text()).isEqualTo("Litigation fee calculator");
        assertThat(englishPage.select("#fee-total").attr("data-total")).isEqualTo("2300.00");
    }

    @Test
    void htmxGetsOnlyTheCalculatorFragment() throws Exception {
        var fragment = get("/fees/calculator?matter=LABOUR&halvingGrounds=SUMMARY_PROCEDURE", "en", true);

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"calculator\"");
        assertThat(Jsoup.parse(fragment.body()).select("#fee-total").attr("data-total"))
                .isEqualTo("5.00");
    }

    @Test
    void aWrongAmountIsMarkedNextToItsField() throws Exception {
        var page = Jsoup.parse(
                get("/fees/calculator?matter=CIVIL&amounts=abc", "en", false).body());

        var amounts = page.selectFirst("#amounts");
        assertThat(amounts).isNotNull();
        assertThat(amounts.attr("aria-invalid")).isEqualTo("true");
        assertThat(amounts.attr("aria-describedby")).contains("amounts-error");
        assertThat(page.select("#amounts-error").text()).isEqualTo("Enter amounts as numbers, such as 123456.78.");
        assertThat(page.select("#fee-result")).isEmpty();
        var range = Jsoup.parse(get("/fees/calculator?matter=DIVORCE&chosenAmount=301", "zh-CN", false)
                .body());
        assertThat(range.select("#chosenAmount-error").text()).isEqualTo("301.00元不在法定幅度50.00元至300.00元之内。");
    }

    private HttpResponse<String> post(String body, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/fees/quote"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language, boolean htmx) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
