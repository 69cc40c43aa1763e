package org.smartcourt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.identity.IdentityFixtures.PASSWORD;
import static org.smartcourt.identity.IdentityFixtures.residentId;
import static org.smartcourt.identity.IdentityFixtures.username;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.identity.application.GrantRequest;
import org.smartcourt.identity.application.Registration;
import org.smartcourt.support.CourtIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CourtIntegrationTest
class WebPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    CreateAccount createAccount;

    @Test
    void theRegistrationPageLabelsEveryFieldInTheVisitorsLanguage() throws Exception {
        var browser = new WebSession(port);

        var chinese = browser.get("/register");
        var english = browser.get("/register/organisation", "Accept-Language", "en");

        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.body())
                .contains("<h1>自然人注册</h1>", "<label class=\"form-label\" for=\"idNumber\">居民身份证号码</label>");
        assertThat(english.body())
                .contains("Register an organisation", "for=\"creditCode\">Unified social credit code</label>");
    }

    @Test
    void aWrongIdCheckDigitIsShownNextToTheFieldAndTheTypedValuesAreKept() throws Exception {
        var browser = new WebSession(port);
        browser.get("/register");
        var username = username("webtypo");

        var page = browser.post(
                "/register",
                Map.of(
                        "kind",
                        "NATURAL_PERSON",
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "name",
                        "测试人",
                        "idNumber",
                        IdentityFixtures.withWrongCheckDigit(residentId()),
                        "mobile",
                        "13900000000"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("id=\"idNumber-error\"", "身份证号码校验码不正确，请检查是否输错。")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"idNumber-hint idNumber-error\"")
                .contains("value=\"" + username + "\"")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aNewLitigantRegistersOnTheWebAndVerifiesTheirRealName() throws Exception {
        var browser = new WebSession(port);
        browser.get("/register");
        var registered = browser.post(
                "/register",
                Map.of(
                        "kind", "NATURAL_PERSON",
                        "username", username("chenjing"),
                        "password", PASSWORD,
                        "name", "陈静",
                        "idNumber", "37010219850101002x",
                        "mobile", "13900000000"));
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/verify"));

        browser.get("/account/verify");
        var mismatch = browser.post("/account/verify", Map.of("name", "陈晶", "idNumber", "37010219850101002X"));
        assertThat(mismatch.body()).contains("您输入的姓名和号码与本账户的注册信息不一致。");

        var verified = browser.post("/account/verify", Map.of("name", "陈静", "idNumber", "37010219850101002X"));
        assertThat(verified.statusCode()).isEqualTo(302);
        var account = browser.get("/account");
        assertThat(account.body()).contains("实名认证已通过。", "与身份登记信息比对", "当事人");
    }

    @Test
    void aPersonMissingFromTheRegistryIsToldTheirDetailsDoNotMatchIt() throws Exception {
        var browser = new WebSession(port);
        var idNumber = residentId();
        browser.get("/register");
        browser.post(
                "/register",
                Map.of(
                        "kind",
                        "NATURAL_PERSON",
                        "username",
                        username("unlisted"),
                        "password",
                        PASSWORD,
                        "name",
                        "无名氏",
                        "idNumber",
                        idNumber,
                        "mobile",
                        "13900000000"));

        browser.get("/account/verify?lang=en");
        var refused = browser.post("/account/verify", Map.of("name", "无名氏", "idNumber", idNumber));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The name and ID number do not match the registry.");
    }

    @Test
    void staffGiveTheirOneTimeCodeBeforeTheWorkbenchOpens() throws Exception {
        var clerk = createAccount.create(
                "system",
                new Registration(
                        "NATURAL_PERSON",
                        username("webclerk"),
                        PASSWORD,
                        "书记员",
                        residentId(),
                        null,
                        null,
                        "13700000000",
                        null,
                        null),
                List.of(new GrantRequest("CLERK", "鲁0104", null, null)));
        var browser = new WebSession(port);
        browser.get("/login");

        var password = browser.post("/login", Map.of("username", clerk.username(), "password", PASSWORD));
        assertThat(password.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login/totp"));
        var beforeCode = browser.get("/staff");
        assertThat(beforeCode.statusCode()).isEqualTo(302);
        assertThat(beforeCode.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        browser.get("/login/totp");
        var wrong = browser.post("/login/totp", Map.of("code", "12345x"));
        assertThat(wrong.body()).contains("动态验证码错误、已过期或已被使用。");
        var code = browser.post("/login/totp", Map.of("code", IdentityFixtures.totp(clerk.totpSecret())));
        assertThat(code.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/staff"));

        var workbench = browser.get("/staff");
        assertThat(workbench.statusCode()).isEqualTo(200);
        assertThat(workbench.body()).contains("法院 鲁0104", clerk.username(), "书记员");
    }

    @Test
    void aWrongPasswordOnTheWebSaysSoWithoutSayingWhetherTheUserExists() throws Exception {
        var browser = new WebSession(port);
        browser.get("/login");

        var page = browser.post("/login", Map.of("username", username("ghost"), "password", "whatever-it-is"));

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("用户名或密码不正确。");
    }
}
