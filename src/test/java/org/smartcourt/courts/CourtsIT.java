package org.smartcourt.courts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.CourtCode;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@CourtIntegrationTest
class CourtsIT {

    @LocalServerPort
    int port;

    @Autowired
    Courts courts;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<JsonNode> courtsAt(String query) throws Exception {
        var response = get("/api/v1/courts" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.body()).spliterator(), false)
                .toList();
    }

    private static JsonNode court(List<JsonNode> courts, String code) {
        return courts.stream()
                .filter(court -> court.path("code").asString().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no court " + code));
    }

    @Test
    void theShandongCourtsAreListedWithTheirOfficialCodes() throws Exception {
        var shandong = courtsAt("?province=" + encoded("鲁"));

        assertThat(shandong).hasSize(177);
        assertThat(shandong.get(0).path("code").asString()).isEqualTo("鲁");
        assertThat(court(shandong, "鲁").path("name").asString()).isEqualTo("山东省高级人民法院");
        assertThat(court(shandong, "鲁").path("level").asString()).isEqualTo("HIGH");
        assertThat(court(shandong, "鲁").path("parentCode").asString()).isEqualTo("最高法");
        assertThat(court(shandong, "鲁01").path("name").asString()).isEqualTo("山东省济南市中级人民法院");
        assertThat(court(shandong, "鲁01").path("level").asString()).isEqualTo("INTERMEDIATE");
        assertThat(court(shandong, "鲁01").path("parentCode").asString()).isEqualTo("鲁");
        assertThat(court(shandong, "鲁0102").path("name").asString()).isEqualTo("济南市历下区人民法院");
        assertThat(court(shandong, "鲁0102").path("level").asString()).isEqualTo("BASIC");
        assertThat(court(shandong, "鲁0102").path("parentCode").asString()).isEqualTo("鲁01");
        assertThat(shandong)
                .allSatisfy(
                        court -> assertThat(court.path("province").asString()).isEqualTo("鲁"));
    }

    @Test
    void anIntermediateCourtIsFollowedByItsBasicCourts() throws Exception {
        var codes = courtsAt("?province=" + encoded("鲁")).stream()
                .map(court -> court.path("code").asString())
                .toList();

        assertThat(codes.subList(0, 4)).containsExactly("鲁", "鲁01", "鲁0102", "鲁0103");
        assertThat(codes.indexOf("鲁02")).isGreaterThan(codes.indexOf("鲁0191"));
    }

    @Test
    void theLevelFilterIgnoresCase() throws Exception {
        var intermediate = courtsAt("?province=" + encoded("鲁") + "&level=intermediate");

        assertThat(intermediate)
                .isNotEmpty()
                .allSatisfy(court -> assertThat(court.path("level").asString()).isEqualTo("INTERMEDIATE"))
                .anySatisfy(court -> assertThat(court.path("code").asString()).isEqualTo("鲁01"));
    }

    @Test
    void theParentFilterListsTheCourtsDirectlyUnderACourt() throws Exception {
        var underJinan = courtsAt("?parent=" + encoded("鲁01"));

        assertThat(underJinan)
                .extracting(court -> court.path("code").asString())
                .contains("鲁0102", "鲁0103", "鲁0191")
                .doesNotContain("鲁01", "鲁02", "鲁0202");
        assertThat(underJinan)
                .allSatisfy(
                        court -> assertThat(court.path("parentCode").asString()).isEqualTo("鲁01"));
    }

    @Test
    void oneCourtComesWithItsNumberOfCourtsUnderIt() throws Exception {
        var response = get("/api/v1/courts/" + encoded("鲁01"));

        assertThat(response.statusCode()).isEqualTo(200);
        var court = json.readTree(response.body());
        assertThat(court.path("name").asString()).isEqualTo("山东省济南市中级人民法院");
        assertThat(court.path("childrenCount").asInt())
                .isEqualTo(courtsAt("?parent=" + encoded("鲁01")).size());
    }

    @Test
    void anUnknownLevelIsABadRequestNamingTheValue() throws Exception {
        var response = get("/api/v1/courts?level=county", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-parameter");
        assertThat(problem.path("title").asString()).isEqualTo("Invalid parameter");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).contains("county");
    }

    @Test
    void problemsSpeakTheCallersLanguage() throws Exception {
        var response = get("/api/v1/courts?level=county", "Accept-Language", "zh-CN");

        var problem = json.readTree(response.body());
        assertThat(problem.path("title").asString()).isEqualTo("参数无效");
        assertThat(problem.path("detail").asString()).contains("“county”不是法院级别");
    }

    @Test
    void aMalformedCourtCodeIsABadRequest() throws Exception {
        var response = get("/api/v1/courts?parent=" + encoded("鲁1"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("detail").asString()).contains("鲁1");
    }

    @Test
    void anUnknownCourtIsNotFound() throws Exception {
        var response = get("/api/v1/courts/" + encoded("鲁9999"), "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(404);
        var problem = json.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("/problems/court-not-found");
        assertThat(problem.path("detail").asString()).contains("鲁9999");
    }

    @Test
    void caseTypesAreFoundByTheirTypeCode() throws Exception {
        var response = get("/api/v1/case-types?typeCode=" + encoded("民初"));

        assertThat(response.statusCode()).isEqualTo(200);
        var rows = json.readTree(response.body());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("categoryCode").asString()).isEqualTo("0301");
        assertThat(rows.get(0).path("name").asString()).isEqualTo("民事一审案件");
        assertThat(rows.get(0).path("official").asBoolean()).isTrue();
    }

    @Test
    void preFilingMediationIsACivilCaseTypeMarkedAsAdded() throws Exception {
        var rows = json.readTree(
                get("/api/v1/case-types?typeCode=" + encoded("民诉前调")).body());

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("majorCategory").asString()).isEqualTo("民事案件");
        assertThat(rows.get(0).path("official").asBoolean()).isFalse();
        assertThat(rows.get(0).path("source").asString()).contains("民诉前调");
    }

    @Test
    void theFacadeAnswersOtherModules() {
        var jinan = CourtCode.of("鲁01");

        assertThat(courts.exists(jinan)).isTrue();
        assertThat(courts.find(jinan))
                .hasValueSatisfying(court -> assertThat(court.level()).isEqualTo(CourtLevel.INTERMEDIATE));
        assertThat(courts.children(jinan)).extracting(CourtSummary::code).contains(CourtCode.of("鲁0102"));
        assertThat(courts.caseType("民特")).hasValueSatisfying(type -> {
            assertThat(type.name()).isEqualTo("特别程序案件");
            assertThat(type.categories()).hasSize(13);
        });
        assertThat(courts.caseType("not a code")).isEmpty();
    }

    @Test
    void theDirectoryPageShowsTheShandongCourtsByDefault() throws Exception {
        var page = get("/courts");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html")
                .contains("山东省高级人民法院")
                .contains("山东省济南市中级人民法院")
                .contains("济南市历下区人民法院")
                .contains("aria-live=\"polite\"");
    }

    @Test
    void theDirectoryAnswersHtmxWithTheResultsOnly() throws Exception {
        var fragment = get("/courts?province=" + encoded("京") + "&level=BASIC", "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body())
                .doesNotContain("<html")
                .doesNotContain("<form")
                .contains("北京市海淀区人民法院")
                .doesNotContain("北京市第一中级人民法院</th>")
                .contains("hx-swap-oob");
    }

    @Test
    void theDirectoryTellsWhichFilterValueIsWrong() throws Exception {
        var page = get("/courts?level=county", "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"court-level-error\"")
                .contains("Choose a court level from the list.");
    }
}
