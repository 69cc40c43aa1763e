package org.smartcourt.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.courts.Courts;
import org.smartcourt.docket.domain.CourtCases;
import org.smartcourt.docket.domain.Timeline;
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

/** {@code POST /api/v1/risk-assessments}: public, in both languages, with the fee engine's fees and the docket's record. */
@CourtIntegrationTest
class RiskAssessmentApiIT {

    @LocalServerPort
    int port;

    @Autowired
    QuoteFee engine;

    @Autowired
    Courts courts;

    @Autowired
    CourtCases cases;

    @Autowired
    Timeline timeline;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aVisitorWithoutAccountLearnsFeesDurationsLimitationTipsAndMediationInChinese() throws Exception {
        var due = today().minusYears(1);

        var response = post("""
                {"caseType":"private-lending","court":"鲁0102","amount":80000,"limitationStart":"%s"}""".formatted(due), "zh-CN");

        assertThat(response.statusCode()).isEqualTo(200);
        var risk = json.readTree(response.body());
        var fees = risk.get("fees");
        assertThat(fees.get("acceptance").get("total").asString()).isEqualTo("1800.00");
        assertThat(fees.get("acceptance").get("legalBasis").get(0).asString()).startsWith("诉讼费用交纳办法第十三条");
        assertThat(fees.get("summaryProcedure").get("total").asString()).isEqualTo("900.00");
        assertThat(fees.get("mediatedSettlement").get("total").asString()).isEqualTo("900.00");
        assertThat(fees.get("judicialConfirmation").get("total").asString()).isEqualTo("0.00");
        assertThat(fees.get("preservation").isNull()).isTrue();
        var procedures = risk.get("durations").get("procedures");
        assertThat(procedures.get(1).get("procedure").asString()).isEqualTo("SUMMARY");
        assertThat(procedures.get(1).get("likelihood").asString()).isEqualTo("LIKELY");
        assertThat(procedures.get(1).get("limit").asString()).isEqualTo("3个月");
        assertThat(procedures.get(1).get("legalBasis").get(0).asString()).isEqualTo("《中华人民共和国民事诉讼法》第一百六十四条");
        assertThat(procedures.get(2).get("months").asInt()).isEqualTo(6);
        var limitation = risk.get("limitation");
        assertThat(limitation.get("status").asString()).isEqualTo("RUNNING");
        assertThat(limitation.get("lastDay").asString())
                .isGreaterThanOrEqualTo(due.plusYears(3).toString());
        assertThat(strings(limitation.get("legalBasis"))).contains("《中华人民共和国民法典》第一百八十八条");
        assertThat(strings(limitation.get("notes"))).anyMatch(note -> note.startsWith("中断"));
        assertThat(ids(risk.get("tips")))
                .startsWith("lending-evidence", "lending-interest")
                .contains("burden-of-proof");
        assertThat(risk.get("tips").get(0).get("title").asString()).isEqualTo("借贷事实的证明");
        var mediation = risk.get("mediation");
        assertThat(mediation.get("settlementSaving").asString()).isEqualTo("900.00");
        assertThat(mediation.get("preFilingSaving").asString()).isEqualTo("1800.00");
        assertThat(risk.get("links").get("filing").asString())
                .isEqualTo("/filing/new?type=private-lending&court=%E9%B2%810102");
        assertThat(risk.get("links").get("mediation").asString())
                .startsWith("/guidance/mediation?type=private-lending");
    }

    @Test
    void theSameAssessmentSpeaksEnglishWhenAskedTo() throws Exception {
        var response = post("""
                {"caseType":"divorce","court":"鲁0102","amount":500000,"defendantReachable":false}""", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        var risk = json.readTree(response.body());
        assertThat(risk.get("answers").get("caseTypeLabel").asString()).isEqualTo("Divorce");
        // Art. 13(2): the province's base (Shandong placeholder 175) plus 0.5 % of the property above 200,000
        assertThat(risk.get("fees").get("acceptance").get("total").asString()).isEqualTo("1675.00");
        assertThat(risk.get("fees").get("acceptance").get("legalBasis").get(0).asString())
                .startsWith("Measures on the Payment of Litigation Costs, Art. 13");
        assertThat(risk.get("fees").get("summaryProcedure").isNull()).isTrue();
        assertThat(risk.get("durations")
                        .get("procedures")
                        .get(1)
                        .get("likelihoodLabel")
                        .asString())
                .isEqualTo("Not available");
        assertThat(risk.get("durations")
                        .get("procedures")
                        .get(1)
                        .get("conditions")
                        .get(0)
                        .get("basis")
                        .asString())
                .isEqualTo("SPC Interpretation of the Civil Procedure Law, Art. 140");
        assertThat(risk.get("limitation").get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(risk.get("limitation").get("legalBasis").get(1).asString()).isEqualTo("Civil Code, Art. 196");
        assertThat(ids(risk.get("tips"))).contains("divorce-attendance", "unreachable-defendant");
        assertThat(risk.get("tips").get(0).get("legalBasis").get(0).asString())
                .isEqualTo("Civil Procedure Law, Art. 65");
        assertThat(strings(risk.get("durations").get("stages").findValues("stage")))
                .contains("PUBLIC_NOTICE");
    }

    @Test
    void badFactsAreAProblemListingEachFieldInTheRequestsLanguage() throws Exception {
        var body = """
                {"caseType":"piracy","court":"鲁9999","amount":-5}""";

        var chinese = post(body, "zh-CN");
        var english = post(body, "en");

        for (var response : List.of(chinese, english)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            var problem = json.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("/problems/validation-failed");
            assertThat(strings(problem.get("errors").findValues("field")))
                    .containsExactly("amount", "caseType", "court");
        }
        assertThat(json.readTree(chinese.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .isEqualTo("金额不能是负数。");
        assertThat(json.readTree(chinese.body())
                        .get("errors")
                        .get(2)
                        .get("message")
                        .asString())
                .isEqualTo("法院名录中没有这个法院代字。");
        assertThat(json.readTree(english.body())
                        .get("errors")
                        .get(1)
                        .get("message")
                        .asString())
                .isEqualTo("The calculator does not know this type of case.");
        assertThat(json.readTree(english.body()).get("title").asString()).isEqualTo("The request is not valid");
    }

    @Test
    void aClaimChargedOnItsAmountNeedsOne() throws Exception {
        var response = post("""
                {"caseType":"sale-of-goods","court":"鲁0102"}""", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        var errors = json.readTree(response.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("amount");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("This type of case is charged on the amount in dispute: enter an amount above zero.");
    }

    @Test
    void aDateOutsideTheCalendarOfLivingClaimsIsRefusedNotComputed() throws Exception {
        var response = post("""
                {"caseType":"private-lending","court":"鲁0102","amount":1000,"limitationStart":"+999999999-12-31"}""", "zh-CN");

        assertThat(response.statusCode()).isEqualTo(400);
        var errors = json.readTree(response.body()).get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("limitationStart");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("请填写1900年至2199年之间的日期。");
    }

    @Test
    void theCourtsOwnDurationsAppearOnceEnoughCasesOfTheTypeAreClosed() throws Exception {
        var court = ClosedCases.anotherBasicCourt(courts).code();
        new ClosedCases(cases, timeline).close(court, "民间借贷纠纷", 100, 10, 90, 20, 80, 30, 70, 40, 60, 50);
        new ClosedCases(cases, timeline).close(court, "买卖合同纠纷", 30, 40);

        var lending = json.readTree(
                        post(request("private-lending", court.value()), "zh-CN").body())
                .get("durations")
                .get("statistics");
        var sales = json.readTree(
                        post(request("sale-of-goods", court.value()), "en").body())
                .get("durations")
                .get("statistics");

        assertThat(lending.get("available").asBoolean()).isTrue();
        assertThat(lending.get("cases").asInt()).isEqualTo(10);
        assertThat(lending.get("medianDays").asInt()).isEqualTo(50);
        assertThat(lending.get("eightiethPercentileDays").asInt()).isEqualTo(80);
        assertThat(lending.get("text").asString())
                .contains("共10件")
                .contains("中位数为50天")
                .contains("80天内");
        assertThat(sales.get("available").asBoolean()).isFalse();
        assertThat(sales.get("medianDays").isNull()).isTrue();
        assertThat(sales.get("text").asString())
                .isEqualTo("No statistics yet: fewer than 10 first-instance cases of this type have been closed at "
                        + "this court on the platform (so far 2).");
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoint() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        var post = json.readTree(response.body())
                .get("paths")
                .get("/api/v1/risk-assessments")
                .get("post");
        assertThat(post.get("summary").asString())
                .isEqualTo("Assess the litigation risk of a civil case before filing");
        assertThat(post.get("requestBody").toString()).contains("RiskRequest");
    }

    static Stream<Arguments> amounts() {
        return Stream.of("5000", "10001", "123456.78", "1000000", "30000000").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void everyFeeIsTheFeeEnginesFee(String amount) throws Exception {
        var claim = Money.yuan(amount);
        var body = """
                {"caseType":"private-lending","court":"鲁0102","amount":%s,"preservationLikely":true,\
                "enforcementLikely":true}""".formatted(amount);

        var fees = json.readTree(post(body, "zh-CN").body()).get("fees");

        var property = CaseFacts.property(CaseKind.CIVIL, claim);
        assertThat(total(fees, "acceptance")).isEqualTo(fee(property));
        assertThat(total(fees, "summaryProcedure")).isEqualTo(fee(property.halvedFor(HalvingGround.SUMMARY_PROCEDURE)));
        assertThat(total(fees, "mediatedSettlement")).isEqualTo(fee(property.halvedFor(HalvingGround.MEDIATION)));
        assertThat(total(fees, "preservation"))
                .isEqualTo(fee(ApplicationFacts.of(ApplicationKind.PRESERVATION, claim)));
        assertThat(total(fees, "enforcement")).isEqualTo(fee(ApplicationFacts.of(ApplicationKind.ENFORCEMENT, claim)));
        assertThat(fees.get("acceptance").get("lines"))
                .hasSize(engine.quote(property, today(), "鲁").lines().size());
    }

    @Test
    void aLabourDisputeCostsTheFixedFeeWhateverTheAmount() throws Exception {
        var fees = json.readTree(post("""
                {"caseType":"labour-dispute","court":"鲁0102","amount":250000}""", "zh-CN").body()).get("fees");

        var labour = new CaseFacts(CaseKind.LABOUR, Stage.FIRST_INSTANCE, List.of(), false, Set.of(), null);
        assertThat(total(fees, "acceptance")).isEqualTo(fee(labour)).isEqualTo("10.00");
        assertThat(total(fees, "summaryProcedure")).isEqualTo("5.00");
    }

    private String fee(FeeFacts facts) {
        return engine.quote(facts, today(), "鲁").total().toString();
    }

    private static String total(JsonNode fees, String kind) {
        return fees.get(kind).get("total").asString();
    }

    private static String request(String caseType, String court) {
        return "{\"caseType\":\"%s\",\"court\":\"%s\",\"amount\":%s}"
                .formatted(caseType, court, new BigDecimal("60000"));
    }

    private static List<String> ids(JsonNode tips) {
        return strings(tips.findValues("id"));
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> strings(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asString).toList();
    }

    private HttpResponse<String> post(String body, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/risk-assessments"))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
