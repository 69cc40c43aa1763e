package org.smartcourt.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every API error is an RFC 9457 problem in the caller's language. */
@CourtIntegrationTest
class ProblemDetailsIT {

    private static final String PROBE = ConventionsProbeController.PATH;
    private static final String EN = "en";

    @LocalServerPort
    int port;

    private ApiCalls api;

    @BeforeEach
    void connect() {
        api = new ApiCalls(port);
    }

    private static String registration(String name, String extra) {
        return """
                {"name":"%s","email":"someone@example.cn","age":30,"role":"PLAINTIFF",
                 "address":{"city":"济南","street":"经十路 1 号"}%s}""".formatted(name, extra);
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type1 -> assertThat(type1).startsWith("application/problem+json"));
        var problem = ApiCalls.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).startsWith("/api/");
        return problem;
    }

    @Test
    void anUnknownApiPathIsANotFoundProblemInChineseByDefault() throws Exception {
        var response = api.get("/api/v1/case-types/no-such-thing");

        var problem = problem(response, 404, "not-found");
        assertThat(problem.path("title").asString()).isEqualTo("资源不存在");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/case-types/no-such-thing");
    }

    @Test
    void anUnknownApiPathIsANotFoundProblemInEnglishWhenAsked() throws Exception {
        var response = api.get(PROBE + "/nope", "Accept-Language", "en-GB,en;q=0.9");

        var problem = problem(response, 404, "not-found");
        assertThat(problem.path("title").asString()).isEqualTo("Not found");
    }

    @Test
    void aWrongMethodIsAProblemThatListsTheAllowedOnes() throws Exception {
        var response = api.send(api.to(PROBE + "/numbers?value=1").DELETE());

        problem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void validationErrorsListEachFieldWithALocalisedMessage() throws Exception {
        var invalid = """
                {"name":"admin","email":"not-an-email","age":12,"role":"PLAINTIFF","address":{"city":"","street":"x"}}""";

        var chinese = problem(api.postJson(PROBE + "/registrations", invalid), 400, "validation-failed");
        var english = problem(
                api.postJson(PROBE + "/registrations", invalid, "Accept-Language", EN), 400, "validation-failed");

        assertThat(fields(chinese)).containsExactly("address.city", "age", "email", "name");
        assertThat(messages(chinese)).containsExactly("不能为空", "最小不能小于18", "不是一个合法的电子邮件地址", "该名称为系统保留，不能使用");
        assertThat(messages(english))
                .containsExactly(
                        "must not be blank",
                        "must be greater than or equal to 18",
                        "must be a well-formed email address",
                        "This name is reserved");
        assertThat(english.path("title").asString()).isEqualTo("The request is not valid");
    }

    @Test
    void constraintsOnRequestParametersAreValidationProblemsToo() throws Exception {
        var problem = problem(api.get(PROBE + "/adults?age=3", "Accept-Language", EN), 400, "validation-failed");

        assertThat(fields(problem)).containsExactly("age");
        assertThat(messages(problem)).containsExactly("must be greater than or equal to 18");
    }

    @Test
    void constraintsCheckedBelowTheControllerAreValidationProblemsToo() throws Exception {
        var response = api.send(
                api.to(PROBE + "/copies?copies=0", "Accept-Language", EN).POST(HttpRequest.BodyPublishers.noBody()));

        var problem = problem(response, 400, "validation-failed");
        assertThat(fields(problem)).containsExactly("copies");
        assertThat(messages(problem)).containsExactly("must be greater than or equal to 1");
    }

    private static String[] fields(JsonNode problem) {
        return problem.path("errors")
                .valueStream()
                .map(error -> error.path("field").asString())
                .toArray(String[]::new);
    }

    private static String[] messages(JsonNode problem) {
        return problem.path("errors")
                .valueStream()
                .map(error -> error.path("message").asString())
                .toArray(String[]::new);
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws Exception {
        var response = api.postJson(PROBE + "/registrations", registration("u" + UUID.randomUUID(), ",\"nickname\":1"));

        var problem = problem(response, 400, "unknown-field");
        assertThat(problem.path("field").asString()).isEqualTo("nickname");
        assertThat(problem.path("detail").asString()).contains("“nickname”");
    }

    @Test
    void anUnknownNestedFieldIsNamedWithItsPath() throws Exception {
        var body = """
                {"name":"n","email":"a@b.cn","age":30,"role":"PLAINTIFF","address":{"city":"c","street":"s","zip":1}}""";

        var problem =
                problem(api.postJson(PROBE + "/registrations", body, "Accept-Language", EN), 400, "unknown-field");

        assertThat(problem.path("field").asString()).isEqualTo("address.zip");
        assertThat(problem.path("detail").asString()).contains("\"address.zip\"");
    }

    @Test
    void textWhereANumberIsExpectedNamesTheFieldAndTheType() throws Exception {
        var body = registration("n", "").replace("\"age\":30", "\"age\":\"abc\"");

        var problem = problem(api.postJson(PROBE + "/registrations", body), 400, "invalid-field-type");

        assertThat(problem.path("field").asString()).isEqualTo("age");
        assertThat(problem.path("expected").asString()).isEqualTo("integer");
        assertThat(problem.path("detail").asString()).contains("“age”").contains("整数");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() throws Exception {
        var body = registration("n", "").replace("PLAINTIFF", "JUDGE");

        var problem =
                problem(api.postJson(PROBE + "/registrations", body, "Accept-Language", EN), 400, "invalid-field-type");

        assertThat(problem.path("field").asString()).isEqualTo("role");
        assertThat(problem.path("allowedValues").valueStream().map(JsonNode::asString))
                .containsExactly("PLAINTIFF", "DEFENDANT");
        assertThat(problem.path("detail").asString()).contains("one of: PLAINTIFF, DEFENDANT");
    }

    @Test
    void aNumberWhereAnObjectIsExpectedNamesTheField() throws Exception {
        var body = """
                {"name":"n","email":"a@b.cn","age":30,"role":"PLAINTIFF","address":5}""";

        var problem = problem(api.postJson(PROBE + "/registrations", body), 400, "invalid-field-type");

        assertThat(problem.path("field").asString()).isEqualTo("address");
        assertThat(problem.path("expected").asString()).isEqualTo("object");
    }

    @Test
    void malformedJsonIsSaidToBeMalformed() throws Exception {
        var problem = problem(api.postJson(PROBE + "/registrations", "{\"name\": \"n\","), 400, "malformed-json");

        assertThat(problem.path("title").asString()).isEqualTo("请求正文不是有效的 JSON");
    }

    @Test
    void aMissingBodyIsSaidToBeMissing() throws Exception {
        problem(api.postJson(PROBE + "/registrations", ""), 400, "missing-body");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsRefused() throws Exception {
        var response = api.send(api.to(PROBE + "/registrations", "Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));

        var problem = problem(response, 415, "unsupported-media-type");
        assertThat(problem.path("title").asString()).isEqualTo("不支持的内容类型");
    }

    @Test
    void aMalformedParameterIsNamedInTheCallersLanguage() throws Exception {
        var chinese = problem(api.get(PROBE + "/numbers?value=ten"), 400, "bad-request");
        var english = problem(api.get(PROBE + "/numbers?value=ten", "Accept-Language", EN), 400, "bad-request");

        assertThat(chinese.path("detail").asString()).isEqualTo("参数“value”的值“ten”格式不正确。");
        assertThat(english.path("title").asString()).isEqualTo("Malformed parameter");
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        var problem = problem(api.get(PROBE + "/numbers"), 400, "bad-request");

        assertThat(problem.path("detail").asString()).isEqualTo("缺少必填的请求参数“value”。");
    }

    @Test
    void problemsRaisedByOtherModulesAreResolvedFromTheirBundles() throws Exception {
        var chinese = api.send(
                api.to(PROBE + "/conflicts?caseNumber=(2026)鲁0102民初1号").POST(HttpRequest.BodyPublishers.noBody()));
        var english = api.send(api.to(PROBE + "/conflicts?caseNumber=X1", "Accept-Language", EN)
                .POST(HttpRequest.BodyPublishers.noBody()));

        var problem = problem(chinese, 409, "probe-conflict");
        assertThat(problem.path("title").asString()).isEqualTo("案件状态冲突");
        assertThat(problem.path("detail").asString()).isEqualTo("案件 (2026)鲁0102民初1号 已结案，不能再提交材料。");
        assertThat(problem(english, 409, "probe-conflict").path("detail").asString())
                .isEqualTo("Case X1 is closed; no more documents can be filed.");
    }

    @Test
    void aPlainErrorResponseExceptionIsResolvedFromItsCodes() throws Exception {
        var response = api.send(api.to(PROBE + "/withdrawals?caseNumber=X2", "Accept-Language", EN)
                .POST(HttpRequest.BodyPublishers.noBody()));

        var problem = problem(response, 410, "http-410");
        assertThat(problem.path("detail").asString()).isEqualTo("Case X2 has been withdrawn.");
        assertThat(problem.path("title").asString()).isEqualTo("Request failed");
    }

    @Test
    void anUnexpectedFailureHidesItsCauseAndGivesACorrelationId() throws Exception {
        var response = api.send(api.to(PROBE + "/failures").POST(HttpRequest.BodyPublishers.noBody()));

        var problem = problem(response, 500, "internal");
        var correlationId = problem.path("correlationId").asString();
        assertThat(correlationId).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(correlationId);
        assertThat(response.body()).doesNotContain("secret-internal-detail").doesNotContain("IllegalStateException");
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        var response = api.postJson(
                PROBE + "/registrations", registration("big", ",\"padding\":\"" + "x".repeat(1_100_000) + "\""));

        problem(response, 413, "payload-too-large");
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        var body = new byte[1_200_000];
        Arrays.fill(body, (byte) 'x');
        System.arraycopy("{\"name\":\"".getBytes(UTF_8), 0, body, 0, 9);

        var response = api.postChunked(PROBE + "/registrations", body, "Accept-Language", EN);

        assertThat(response.headers().firstValue("Content-Length")).isNotEqualTo("1200000");
        var problem = problem(response, 413, "payload-too-large");
        assertThat(problem.path("title").asString()).isEqualTo("Request too large");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        var response = api.get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        var document = ApiCalls.json(response);
        assertThat(document.path("info").path("title").asString()).isEqualTo("SmartCourt API");
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearer-jwt")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(document.path("components").path("schemas").has("ProblemDetail"))
                .isTrue();
        assertThat(document.path("paths").has(PROBE + "/registrations")).isTrue();
    }

    @Test
    void theBrowsableApiDocumentationOpens() throws Exception {
        var redirect = api.get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        var location = redirect.headers().firstValue("Location").orElseThrow();

        var page = api.get(location.replaceFirst("^https?://[^/]+", ""));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
