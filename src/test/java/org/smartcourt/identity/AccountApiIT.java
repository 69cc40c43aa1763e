package org.smartcourt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.json;
import static org.smartcourt.identity.IdentityFixtures.naturalPerson;
import static org.smartcourt.identity.IdentityFixtures.residentId;
import static org.smartcourt.identity.IdentityFixtures.username;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class AccountApiIT {

    @LocalServerPort
    int port;

    private IdentityFixtures api;

    @BeforeEach
    void setUp() {
        api = new IdentityFixtures(port);
    }

    @Test
    void aRegisteredLitigantSignsInAndSeesTheirAccount() throws Exception {
        var username = username("zhang");
        var registered = api.post("/api/v1/accounts", naturalPerson(username, residentId()));
        assertThat(registered.statusCode()).isEqualTo(201);

        var login = api.login(username.toUpperCase(), IdentityFixtures.PASSWORD, null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(json(login).get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(json(login).get("expiresIn").asLong()).isEqualTo(3600);

        var me = api.get("/api/v1/me", "Authorization", "Bearer " + IdentityFixtures.token(login));
        assertThat(me.statusCode()).isEqualTo(200);
        var body = json(me);
        assertThat(body.get("username").asString()).isEqualTo(username);
        assertThat(body.get("kind").asString()).isEqualTo("NATURAL_PERSON");
        assertThat(body.get("name").asString()).isEqualTo("测试人");
        assertThat(body.get("verified").asBoolean()).isFalse();
        assertThat(body.get("roles").get(0).get("role").asString()).isEqualTo("LITIGANT");
        assertThat(body.get("language").asString()).isEqualTo("zh-CN");
    }

    @Test
    void aLegalPersonRegistersWithItsCreditCodeAndLegalRepresentative() throws Exception {
        var username = username("company");
        var registered = api.post(
                "/api/v1/accounts", """
                {"kind":"LEGAL_PERSON","username":"%s","password":"%s","name":"济南测试有限公司",\
                "creditCode":"%s","legalRepresentative":"王五","mobile":"13900000001"}""".formatted(username, IdentityFixtures.PASSWORD, IdentityFixtures.creditCode()));
        assertThat(registered.statusCode()).isEqualTo(201);

        var me = api.get(
                "/api/v1/me",
                "Authorization",
                "Bearer " + IdentityFixtures.token(api.login(username, IdentityFixtures.PASSWORD, null)));
        assertThat(json(me).get("kind").asString()).isEqualTo("LEGAL_PERSON");
    }

    @Test
    void aWrongIdCheckDigitIsAFieldErrorInChineseByDefault() throws Exception {
        var response = api.post(
                "/api/v1/accounts",
                naturalPerson(username("typo"), IdentityFixtures.withWrongCheckDigit(residentId())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-request");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("身份证号码校验码不正确，请检查是否输错。");
    }

    @Test
    void aWrongIdCheckDigitIsAFieldErrorInEnglishWhenAskedFor() throws Exception {
        var response = api.post(
                "/api/v1/accounts",
                naturalPerson(username("typo"), IdentityFixtures.withWrongCheckDigit(residentId())),
                "Accept-Language",
                "en");

        assertThat(response.statusCode()).isEqualTo(400);
        var problem = json(response);
        assertThat(problem.get("title").asString()).isEqualTo("Some fields are not filled in correctly");
        assertThat(problem.get("errors").get(0).get("message").asString())
                .startsWith("The last character of this ID number does not match");
    }

    @Test
    void aFailedRegistrationSavesNothingSoTheUsernameStaysFree() throws Exception {
        var username = username("retry");
        var failed = api.post(
                "/api/v1/accounts", naturalPerson(username, IdentityFixtures.withWrongCheckDigit(residentId())));
        assertThat(failed.statusCode()).isEqualTo(400);

        var login = api.login(username, IdentityFixtures.PASSWORD, null);
        assertThat(login.statusCode()).isEqualTo(401);
        var retried = api.post("/api/v1/accounts", naturalPerson(username, residentId()));
        assertThat(retried.statusCode()).isEqualTo(201);
    }

    @Test
    void aTakenUsernameIsAConflictWhateverItsCase() throws Exception {
        var username = username("taken");
        api.post("/api/v1/accounts", naturalPerson(username, residentId()));

        var second = api.post(
                "/api/v1/accounts", naturalPerson(username.toUpperCase(), residentId()), "Accept-Language", "en");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("type").asString()).isEqualTo("/problems/username-taken");
        assertThat(json(second).get("detail").asString())
                .isEqualTo("This username is already in use. Please choose another one.");
    }

    @Test
    void aPersonMayRegisterOnlyOnce() throws Exception {
        var idNumber = residentId();
        api.post("/api/v1/accounts", naturalPerson(username("once"), idNumber));

        var second = api.post("/api/v1/accounts", naturalPerson(username("twice"), idNumber.toLowerCase()));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("type").asString()).isEqualTo("/problems/identity-already-registered");
        assertThat(json(second).get("detail").asString()).contains("每个自然人或组织只能注册一个账户");
    }

    @Test
    void unknownFieldsAndWrongTypesAreRefused() throws Exception {
        var unknown = api.post(
                "/api/v1/accounts",
                naturalPerson(username("extra"), residentId()).replace("}", ",\"nickname\":\"x\"}"),
                "Accept-Language",
                "en");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("errors").get(0).get("field").asString()).isEqualTo("nickname");
        assertThat(json(unknown).get("errors").get(0).get("message").asString()).isEqualTo("This field is not known.");

        var wrongType = api.post("/api/v1/accounts", "{\"username\":{\"nested\":true}}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType).get("type").asString()).isEqualTo("/problems/unreadable-request");
    }

    @Test
    void meWithoutATokenIsUnauthorised() throws Exception {
        var response = api.get("/api/v1/me", "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/unauthenticated");
        assertThat(json(response).get("detail").asString()).startsWith("Send a valid bearer token");
    }

    @Test
    void aForgedTokenIsUnauthorised() throws Exception {
        var response = api.get("/api/v1/me", "Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.AAAA");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void aLitigantMayNotCallStaffOrAdministratorEndpoints() throws Exception {
        var token = api.registeredLitigantToken();

        var staff = api.get("/api/v1/staff/court", "Authorization", "Bearer " + token);
        var admin = api.post("/api/v1/admin/accounts", "{}", "Authorization", "Bearer " + token);

        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(json(staff).get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(json(staff).get("detail").asString()).isEqualTo("您的角色无权进行此操作。");
        assertThat(admin.statusCode()).isEqualTo(403);
    }

    @Test
    void aLitigantVerifiesTheirRealNameByApi() throws Exception {
        var username = username("liuyang");
        api.post(
                "/api/v1/accounts",
                naturalPerson(username, "37010219860215003X").replace("测试人", "刘洋"));
        var token = IdentityFixtures.token(api.login(username, IdentityFixtures.PASSWORD, null));

        var wrongName = api.post(
                "/api/v1/me/verification",
                "{\"name\":\"刘阳\",\"idNumber\":\"37010219860215003X\"}",
                "Authorization",
                "Bearer " + token);
        var verified = api.post(
                "/api/v1/me/verification",
                "{\"name\":\"刘洋\",\"idNumber\":\"37010219860215003x\"}",
                "Authorization",
                "Bearer " + token);

        assertThat(wrongName.statusCode()).isEqualTo(422);
        assertThat(json(wrongName).get("type").asString()).isEqualTo("/problems/verification-details-differ");
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(json(verified).get("verified").asBoolean()).isTrue();
    }
}
